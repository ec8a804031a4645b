# Every table of the built-in catalog is in a generated fixture and runs:
# a count over each (its users where it has a user column), through amcq
# run, equal to what sqlite3 counts in the fixture. An audience table is
# read as the audience query it is meant for. Prints the tables that are
# not so, and how many were checked and how many hold rows.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 300 --days 5 --seed 3 --quiet || exit 2
"$AMCQ" rules --policy-json 2> /dev/null > /dev/null # (not needed: the table list is the fixture's)
python3 - "$REPO/rules/amc.json" > tables.txt <<'PY'
import json, sys
p = json.load(open(sys.argv[1]))
by = {t["name"]: t for t in p["tables"]}
for t in p["tables"]:
    print(t["name"], t.get("user_column", "-"), "audience" if t.get("audience") else "analytics")
PY
n=0; full=0; bad=0
while read -r t u kind; do
  n=$((n + 1))
  have=$(sqlite3 fx.db "SELECT count(*) FROM amcq_tables WHERE name = '$t'")
  if [ "$have" != 1 ]; then echo "not in the fixture: $t"; bad=$((bad + 1)); continue; fi
  rows=$(sqlite3 fx.db "SELECT count(*) FROM \"$t\"")
  [ "$rows" -gt 0 ] && full=$((full + 1))
  if [ "$kind" = audience ]; then
    printf 'SELECT %s FROM %s GROUP BY %s\n' "$u" "$t" "$u" > q.sql
  elif [ "$u" = - ]; then
    printf 'SELECT COUNT(*) AS n FROM %s\n' "$t" > q.sql
  else
    printf "SELECT 'all' AS k, COUNT(*) AS n FROM %s GROUP BY 1\n" "$t" > q.sql
  fi
  out=$(${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet --format csv q.sql 2> err.txt); rc=$?
  if [ "$kind" = audience ]; then
    # amcq run of an audience query never prints identifiers
    if [ $rc != 0 ] && [ $rc != 1 ]; then echo "audience $t: exit $rc"; cat err.txt; bad=$((bad + 1)); fi
    if grep -qiE '[0-9a-f]{32}' <<< "$out"; then echo "audience $t: printed an identifier"; bad=$((bad + 1)); fi
    continue
  fi
  if [ $rc != 0 ]; then echo "$t: exit $rc"; cat err.txt; bad=$((bad + 1)); continue; fi
  got=$(tail -n +2 <<< "$out" | tr -d '\r' | awk -F, '{print $NF}')
  if [ "$rows" = 0 ]; then
    want=$([ "$u" = - ] && echo 0 || echo "")
  elif [ "$u" = - ]; then
    want=$rows
  else
    users=$(sqlite3 fx.db "SELECT count(DISTINCT $u) FROM \"$t\"")
    want=$([ "$users" -ge 1 ] && echo "$rows" || echo "")
  fi
  if [ "$got" != "$want" ]; then echo "$t: amcq counts '$got', sqlite3 '$want'"; bad=$((bad + 1)); fi
done < tables.txt
echo "$n tables checked, $full with rows, $bad not as expected"
