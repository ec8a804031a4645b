# amcq shell from a pipe: no prompts, no colour, statements read the same
# way (multi-line, several on a line, the last without ';'), dot-commands,
# a lesson checked against its reference, and exit status 1 because one
# statement was rejected. No identifier of the fixture is ever printed.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 300 --days 7 --seed 3 --quiet || exit 2
printf 'SELECT device_type, COUNT(*) AS n FROM dsp_clicks GROUP BY device_type;\n' > more.sql
cat > session.txt <<'SQL'
.help
.lesson
.lesson 1
SELECT campaign, COUNT(DISTINCT user_id) AS reach,
       SUM(impressions) AS impressions
FROM dsp_impressions
GROUP BY campaign;
.lesson 4
SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id;
WITH f AS (SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id)
SELECT COUNT(*) AS heavy FROM f WHERE n > 100;
.mode json
.usercount on
.filtered on
SELECT postal_code, COUNT(DISTINCT user_id) AS users FROM dsp_impressions GROUP BY postal_code;
.filtered off
.usercount off
.mode csv
.timewindow 2025-06-02 2025-06-03
.param brand BRAND_A
SELECT CUSTOM_PARAMETER('brand') AS brand, MIN(impression_date_utc) AS d FROM dsp_impressions;
.param
.timewindow
.explain
.read more.sql
.schema sponsored_ads_traffic
.policy
.rules AMC303
.open missing.db
.mode xml
.frobnicate
SELECT 1 AS a, COUNT(*) AS n FROM dsp_clicks; SELECT 2 AS b, COUNT(*) AS n FROM dsp_clicks;
SELECT COUNT(*) AS last_one FROM dsp_views
SQL
${AMCQ_WRAP:-} "$AMCQ" shell --db fx.db < session.txt > out.txt 2>&1
echo "exit $?"
# The long reference sections vary with the fixture only in numbers.
sed -n '1,400p' out.txt | grep -v '^  [a-z_0-9]* .*\(dimension\|metric\)$' | cut -c1-160
sqlite3 fx.db "SELECT DISTINCT user_id FROM dsp_impressions WHERE user_id IS NOT NULL" > ids.txt
echo "identifiers printed: $(grep -c -F -f ids.txt out.txt)"
