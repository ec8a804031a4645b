# amcq run prints results as an aligned table, CSV (RFC 4180), one JSON
# array or NDJSON; columns in query order, Booleans as true/false, NULL as
# NULL / an empty field / null. The summary goes to stderr.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 300 --days 7 --seed 3 --quiet || exit 2
cat > q.sql <<'SQL'
SELECT device_type, campaign_budget_amount > 1000 AS big,
       COUNT(DISTINCT user_id) AS reach, SUM(impressions) AS impressions,
       ROUND(AVG(total_cost), 3) AS "avg cost, €", NULL AS nothing
FROM dsp_impressions
GROUP BY 1, 2
SQL
for f in table csv json ndjson; do
  echo "# --format $f"
  ${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format $f q.sql 2>&1 | tr -d '\r'
done
echo "# CSV lines end in CRLF"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format csv --quiet q.sql | grep -c $'\r$'
echo "# an empty result"
printf 'SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE impressions > 5 GROUP BY campaign\n' > empty.sql
for f in table csv json ndjson; do
  ${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format $f empty.sql 2>&1 | tr -d '\r'
done
echo "# Booleans keep their type through a CTE and a FROM subquery"
cat > cte.sql <<'SQL'
WITH c AS (SELECT device_type, campaign_budget_amount > 1000 AS big,
                  COUNT(DISTINCT user_id) AS reach
           FROM dsp_impressions GROUP BY 1, 2)
SELECT device_type, big, NOT big AS small, reach > 10 AS wide, reach
FROM (SELECT * FROM c) s
SQL
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format csv --quiet cte.sql | tr -d '\r'
echo "# and through UNION ALL, in a CTE and at the top"
cat > union.sql <<'SQL'
WITH u AS (SELECT device_type, COUNT(DISTINCT user_id) > 30 AS wide
           FROM dsp_impressions GROUP BY 1
           UNION ALL
           SELECT device_type, COUNT(DISTINCT user_id) > 30 FROM dsp_impressions GROUP BY 1)
SELECT device_type, wide FROM u
UNION ALL
SELECT device_type, COUNT(DISTINCT user_id) < 30 FROM dsp_impressions GROUP BY 1
SQL
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format csv --quiet union.sql | tr -d '\r'
echo "# bad format"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format xml q.sql
echo "exit $?"
