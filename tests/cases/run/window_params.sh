# The time window limits every table by its event time (default: the
# fixture's whole span); EXTEND_TIME_WINDOW widens it for one table;
# BUILT_IN_PARAMETER and CUSTOM_PARAMETER take their values from the window,
# --param, a workflow's inputParameters and an execution's parameterValues.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 300 --days 7 --start 2025-06-01 --seed 3 --quiet || exit 2
run() { ${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet "$@"; echo "exit $?"; }
cat > days.sql <<'SQL'
SELECT MIN(impression_date_utc) AS first_day, MAX(impression_date_utc) AS last_day,
       COUNT(*) > 0 AS any
FROM dsp_impressions
SQL
echo "# default: the fixture's span"
run days.sql
echo "# --time-window 2025-06-03 2025-06-05"
run --time-window 2025-06-03 2025-06-05 days.sql
echo "# ISO 8601 with T and Z"
run --time-window 2025-06-03T00:00:00Z 2025-06-04T00:00:00Z days.sql
cat > extend.sql <<'SQL'
SELECT MIN(impression_date_utc) AS first_day, MAX(impression_date_utc) AS last_day
FROM TABLE(EXTEND_TIME_WINDOW('dsp_impressions', 'P1D', 'P1D'))
SQL
echo "# EXTEND_TIME_WINDOW P1D before, P1D after"
run --time-window 2025-06-03 2025-06-05 extend.sql
cat > builtin.sql <<'SQL'
SELECT BUILT_IN_PARAMETER('TIME_WINDOW_START') AS s, BUILT_IN_PARAMETER('TIME_WINDOW_END') AS e,
       COUNT(*) > 0 AS any
FROM dsp_impressions
SQL
echo "# BUILT_IN_PARAMETER"
run --time-window 2025-06-03 2025-06-05 builtin.sql
cat > custom.sql <<'SQL'
SELECT CUSTOM_PARAMETER('label') AS label, CUSTOM_PARAMETER('n') * 2 AS twice, COUNT(*) > 0 AS any
FROM dsp_impressions
WHERE impression_date_utc >= CUSTOM_PARAMETER('since')
SQL
echo "# --param"
run --param label=hello --param n=21 --param since=2025-06-06 custom.sql
cat > wf.json <<'JSON'
{
  "workflowId": "custom-demo",
  "sqlQuery": "SELECT CUSTOM_PARAMETER('label') AS label, CUSTOM_PARAMETER('n') * 2 AS twice, COUNT(*) > 0 AS any FROM dsp_impressions WHERE impression_date_utc >= CUSTOM_PARAMETER('since')",
  "inputParameters": [
    {"name": "label", "dataType": "STRING", "defaultValue": "42"},
    {"name": "n", "dataType": "INTEGER", "defaultValue": 5},
    {"name": "since", "dataType": "DATE", "defaultValue": "2025-06-02"}
  ]
}
JSON
echo "# --workflow: defaults, STRING '42' stays a string"
run --workflow wf.json --format json
cat > exec.json <<'JSON'
{"timeWindowStart": "2025-06-04T00:00:00", "timeWindowEnd": "2025-06-06T00:00:00",
 "timeWindowType": "EXPLICIT", "parameterValues": {"n": 50}}
JSON
echo "# --execution overrides n and the window; --param overrides label"
run --workflow wf.json --execution exec.json --param label=x --format json
echo "# bad workflow and execution files"
printf '{"sqlQuery": 5}' > bad1.json
run --workflow bad1.json
printf '{"sqlQuery": "SELECT 1", "inputParameters": [{"name": "a"}, {"name": "a"}]}' > bad2.json
run --workflow bad2.json
printf '{"sqlQuery": "SELECT 1",\n  "filteredReasonColumn": ' > bad3.json
run --workflow bad3.json
printf '{"parameterValues": {"nope": 1}}' > badexec.json
run --workflow wf.json --execution badexec.json
printf '{"timeWindowType": "MOST_RECENT_DAY"}' > badexec2.json
run --workflow wf.json --execution badexec2.json
run --workflow wf.json custom.sql
