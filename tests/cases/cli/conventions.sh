# The command line's conventions: getopt_long's forms (-f, --format=json,
# --format json, a unique prefix, -- before a file named like an option),
# help on stdout with every option (amcq CMD --help = amcq help CMD, exit
# 0), "did you mean" for a command, an option and a rule code, and
# one message with exit 2 for every mistake.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
a() { ${AMCQ_WRAP:-} "$AMCQ" "$@"; }
printf 'SELECT campaign, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions GROUP BY campaign\n' > "$d/ok.sql"
cp "$d/ok.sql" "$d/-x.sql"
cd "$d" || exit 2
echo "== the same check, written five ways"
for args in "-f json ok.sql" "--format=json ok.sql" "--format json ok.sql" "--form json ok.sql" "ok.sql -f json"; do
  # shellcheck disable=SC2086
  a check $args | cut -c1-60; echo "exit $?"
done
a check -f json -- -x.sql | cut -c1-40; echo "exit $?"
echo "== help"
for c in check parse run shell gen load rules; do
  a "$c" --help > h1 2> e1; r1=$?
  a help "$c" > h2 2> e2; r2=$?
  a "$c" -h > h3 2> e3
  echo "$c: exit $r1 $r2, $(wc -l < h1) lines, $(grep -c -- '^ *\(-[a-z], \)\?--' h1) options, stderr $(cat e1 e2 e3 | wc -c) bytes, $(cmp -s h1 h2 && cmp -s h1 h3 && echo same || echo different)"
done
a help nosuch; echo "exit $?"
echo "== did you mean"
a chek ok.sql; echo "exit $?"
a check --fromat json ok.sql; echo "exit $?"
a check --formt=json ok.sql; echo "exit $?"
a run --explian ok.sql; echo "exit $?"
a gen --usres 5 -o x.db; echo "exit $?"
a rules AMC30; echo "exit $?"
a rules limt; echo "exit $?"
a rules AMC999; echo "exit $?"
a check -z ok.sql; echo "exit $?"
a check --jobs; echo "exit $?"
a check --format= ok.sql; echo "exit $?"
