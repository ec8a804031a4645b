# amcq gen never replaces a file that is not an amcq fixture, replaces a
# fixture only with --force, and an interrupted gen (SIGINT, SIGTERM)
# leaves neither the fixture nor its temporary file behind.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
a() { ${AMCQ_WRAP:-} "$AMCQ" "$@"; }
printf 'SELECT 1\n' > q.sql
a gen -o q.sql --users 10 -q; echo "over a query: exit $?, $(cat q.sql)"
a gen -o fx.db --users 10 -q; echo "new: exit $?"
cksum < fx.db > sum
a gen -o fx.db --users 12 -q; echo "again: exit $?, $(cksum < fx.db | cmp -s - sum && echo unchanged || echo changed)"
a gen -o fx.db --users 12 -q --force; echo "--force: exit $?, $(cksum < fx.db | cmp -s - sum && echo unchanged || echo replaced)"
mkdir dir
a gen -o dir --users 10 -q; echo "a directory: exit $?"
for sig in INT TERM; do
  "$AMCQ" gen -o big.db --users 2000000 -q 2> err &
  pid=$!
  sleep 1
  kill -"$sig" "$pid"
  wait "$pid"
  echo "SIG$sig: exit $?, $(cat err), files: $(ls | grep -c '^big') big*"
done
