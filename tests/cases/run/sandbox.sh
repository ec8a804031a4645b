# AMC's sandbox mode: amcq run --sandbox, a workflow's
# disableAggregationControls with requireSyntheticData, check --sandbox
# and the shell's .sandbox return event-level rows (compared here with
# SQLite's own, identifiers included) on a generated fixture and say that
# AMC runs this only in a sandbox; without it the same queries are
# rejected with a hint naming sandbox mode; a fixture with a first-party
# table is refused; AMC's other rules still hold.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 200 --days 3 --seed 5 --quiet || exit 2
cid=$(sqlite3 fx.db "SELECT campaign_id FROM dsp_impressions GROUP BY 1 HAVING COUNT(*) >= 5 ORDER BY COUNT(*) LIMIT 1")
cat > rows.sql <<SQL
SELECT user_id, impression_dt_utc, device_type, postal_code
FROM dsp_impressions
WHERE campaign_id = $cid
SQL
oracle="SELECT user_id, impression_dt_utc, device_type, postal_code FROM dsp_impressions WHERE campaign_id = $cid"
echo "# without sandbox mode"
${AMCQ_WRAP:-} "$AMCQ" check --color never rows.sql; echo "exit $?"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db rows.sql > out 2> err; echo "run exit $? ($(wc -l < out) lines out)"
grep -c "amcq run --sandbox" err
echo "# check --sandbox"
${AMCQ_WRAP:-} "$AMCQ" check --color never --sandbox rows.sql; echo "exit $?"
same() { # $1 label, $2 amcq's CSV
  tail -n +2 "$2" | tr -d '\r"' | sort > a.rows
  sqlite3 -csv fx.db "$oracle" | tr -d '\r"' | sort > b.rows
  if [ -s b.rows ] && cmp -s a.rows b.rows; then echo "$1: the same rows as SQLite, identifiers included ($(wc -l < b.rows) > 0)"; else echo "$1: rows differ"; diff a.rows b.rows | head -3; fi
}
echo "# run --sandbox"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --sandbox --format csv rows.sql > s.csv 2> s.err; echo "exit $?"
same "run --sandbox" s.csv
grep -v "^ \|^[0-9]* |" s.err | sed "s/[0-9][0-9]* rows/N rows/"
echo "# a literal filter on a HIGH column, lifted too"
zip=$(sqlite3 fx.db "SELECT postal_code FROM dsp_impressions WHERE postal_code IS NOT NULL LIMIT 1")
printf "SELECT COUNT(*) AS n FROM dsp_impressions WHERE postal_code = '%s'\n" "$zip" > zip.sql
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db zip.sql > /dev/null 2> zip.err; echo "without: exit $?, $(grep -o 'error\[AMC[0-9]*\]' zip.err | sort -u)"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --sandbox --format csv zip.sql > zip.csv 2> /dev/null; echo "with: exit $?, n $([ "$(tail -1 zip.csv | tr -d '\r')" = "$(sqlite3 fx.db "SELECT COUNT(*) FROM dsp_impressions WHERE postal_code = '$zip'")" ] && echo "as SQLite counts it" || echo differs)"
echo "# what sandbox mode does not lift"
printf "SELECT * FROM dsp_impressions\n" > star.sql
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --sandbox star.sql > /dev/null 2> star.err; echo "SELECT *: exit $?, $(grep -o 'error\[AMC[0-9]*\]' star.err | sort -u | tr '\n' ' ')"
printf "SELECT user_id FROM dsp_impressions LIMIT 5\n" > limit.sql
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --sandbox limit.sql > /dev/null 2> limit.err; echo "LIMIT: exit $?, $(grep -o 'error\[AMC[0-9]*\]' limit.err | sort -u | tr '\n' ' ')"
echo "# workflows"
python3 - "$(cat rows.sql)" <<'PY'
import json, sys
q = " ".join(sys.argv[1].split())
json.dump({"workflowId": "sandbox_rows", "sqlQuery": q, "disableAggregationControls": True,
           "requireSyntheticData": True}, open("wf.json", "w"))
json.dump({"workflowId": "rows", "sqlQuery": q}, open("plain.json", "w"))
json.dump({"disableAggregationControls": True, "requireSyntheticData": True}, open("ex.json", "w"))
json.dump({"disableAggregationControls": True}, open("ex_half.json", "w"))
json.dump({"disableAggregationControls": "yes"}, open("ex_bad.json", "w"))
PY
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format csv --workflow wf.json > w.csv 2> /dev/null; echo "workflow with both: exit $?"
same "workflow" w.csv
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format csv --workflow plain.json --execution ex.json > e.csv 2> /dev/null; echo "execution with both: exit $?"
same "execution" e.csv
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --workflow plain.json --execution ex_half.json; echo "exit $?"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --workflow plain.json --execution ex_bad.json; echo "exit $?"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --workflow plain.json > /dev/null 2>&1; echo "plain workflow: exit $?"
${AMCQ_WRAP:-} "$AMCQ" check --color never wf.json plain.json 2>&1 | grep -o "^[a-z.]*json:[0-9:]* [a-z]*\[AMC[0-9]*\]" | sort | uniq -c
echo "# the shell"
printf '.sandbox on\n%s;\n.sandbox off\n%s;\n.sandbox maybe\n' "$(cat rows.sql)" "$(cat rows.sql)" |
  ${AMCQ_WRAP:-} "$AMCQ" shell --db fx.db > sh.out 2>&1; echo "exit $?"
grep -v "^[0-9a-f]\{32\} |\|^ *|\|^[0-9]* |\|^-\|^user_id\|^([0-9]* rows)" sh.out | sed "s/[0-9][0-9]* rows returned/N rows returned/"
echo "# a fixture with first-party data"
printf 'user_id,tier\nperson-1,gold\n' > crm.csv
printf '{"user_column": "user_id", "columns": [{"name": "user_id", "type": "STRING", "class": "VERY_HIGH"}, {"name": "tier", "type": "STRING", "class": "LOW"}]}\n' > crm.json
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema crm.json crm.csv > /dev/null 2>&1
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --sandbox rows.sql; echo "exit $?"
