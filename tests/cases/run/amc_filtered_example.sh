# AMC's documented filteredMetricsDiscriminatorColumn example, reproduced:
# rows (iPhone, 11111), (Android, 22222), (Android, 33333), (Android, 44444)
# with postal_code HIGH (100 users) and device_type LOW become
# (1100, 300, iPhone, NULL, TRUE), (1500, 600, Android, NULL, TRUE),
# (1700, 700, Android, 44444, FALSE). Group sizes: 50, 40, 25 and 100 users.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 20 --days 2 --quiet || exit 2
cat > ads.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "device_type", "type": "STRING", "class": "LOW"},
  {"name": "postal_code", "type": "STRING", "class": "HIGH"},
  {"name": "impressions", "type": "LONG", "class": "NONE", "kind": "METRIC"},
  {"name": "clicks", "type": "LONG", "class": "NONE", "kind": "METRIC"}
]}
JSON
{
  echo "user_id,device_type,postal_code,impressions,clicks"
  awk 'BEGIN {
    for (i = 1; i <= 50; i++) printf "p%d,iPhone,11111,22,6\n", i
    for (i = 51; i <= 90; i++) printf "p%d,Android,22222,20,10\n", i
    for (i = 91; i <= 115; i++) printf "p%d,Android,33333,28,8\n", i
    for (i = 116; i <= 215; i++) printf "p%d,Android,44444,17,7\n", i
  }'
} > ads.csv
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table ads --schema ads.json ads.csv 2> /dev/null || exit 2
cat > q.sql <<'SQL'
SELECT SUM(impressions) AS impressions, SUM(clicks) AS clicks, device_type, postal_code
FROM ads
GROUP BY device_type, postal_code
SQL
echo "# filtered column"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --filtered-column filtered q.sql
echo "exit $?"
echo "# with user count and reason"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet --format csv --filtered-column filtered \
  --user-count-column users --reason-column reason q.sql
echo "exit $?"
echo "# default: failing rows removed"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format json q.sql
echo "exit $?"
