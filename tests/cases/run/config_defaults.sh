# amcq run takes a default time window and parameters from the nearest
# .amcq.json; the command line (and a workflow) override them.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 200 --days 7 --seed 3 --quiet || exit 2
mkdir q
echo '{"time_window": {"start": "2025-06-03", "end": "2025-06-05"}, "params": {"label": "from-config"}}' > q/.amcq.json
printf "SELECT CUSTOM_PARAMETER('label') AS label, MIN(impression_date_utc) AS d0,\n  MAX(impression_date_utc) AS d1\nFROM dsp_impressions\n" > q/q.sql
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet q/q.sql
echo "exit $?"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet --param label=cli --time-window 2025-06-01 2025-06-02 q/q.sql
echo "exit $?"
echo '{"params": 5}' > q/.amcq.json
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet q/q.sql
echo "exit $?"
