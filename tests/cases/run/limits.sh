# --timeout and --max-memory stop a runaway query with a clear message and
# exit 2; --max-rows caps what SQLite may produce.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 400 --days 7 --seed 3 --quiet || exit 2
cat > slow.sql <<'SQL'
SELECT a.campaign, COUNT(*) AS n
FROM dsp_impressions a CROSS JOIN dsp_impressions b CROSS JOIN dsp_impressions c
GROUP BY a.campaign
SQL
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --timeout 0.3 slow.sql
echo "exit $?"
cat > big.sql <<'SQL'
SELECT a.campaign, COUNT(DISTINCT a.impression_dt || b.impression_dt) AS n
FROM dsp_impressions a CROSS JOIN dsp_impressions b
GROUP BY a.campaign
SQL
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --timeout 60 --max-memory 3 big.sql 2>&1 | sed 's/preparing/running/'
echo "exit ${PIPESTATUS[0]}"
