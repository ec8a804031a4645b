# A lesson's answer that is not yet the reference's says what differs: a
# missing column, an extra one, the row counts, and how many rows of the
# reference's are not in yours and of yours not in the reference's, with
# one of each; columns and rows compare in any order, after privacy.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 300 --days 7 --seed 3 --quiet || exit 2
cat > session.txt <<'SQL'
.mode ndjson
.lesson 1
SELECT campaign, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions GROUP BY campaign;
SELECT campaign, COUNT(DISTINCT user_id) AS reach, SUM(impressions) AS impressions, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign;
SELECT campaign, COUNT(DISTINCT user_id) AS reach, SUM(impressions) AS impressions FROM dsp_impressions WHERE campaign LIKE 'BRAND_A%' GROUP BY campaign;
SELECT campaign, COUNT(DISTINCT user_id) AS reach, SUM(impressions) AS impressions FROM dsp_impressions WHERE device_type = 'Phone' GROUP BY campaign;
SELECT campaign, COUNT(DISTINCT user_id) AS reach, SUM(impressions) AS impressions FROM dsp_impressions GROUP BY campaign, device_type;
SELECT SUM(impressions) AS impressions, campaign, COUNT(DISTINCT user_id) AS REACH FROM dsp_impressions GROUP BY campaign;
.lesson 4
WITH f AS (SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id)
SELECT COUNT(*) AS heavy FROM f WHERE n > 10;
WITH f AS (SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id)
SELECT COUNT(*) AS heavy_users FROM f WHERE n > 20;
WITH f AS (SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id)
SELECT COUNT(*) AS heavy_users FROM f WHERE n > 10;
SQL
${AMCQ_WRAP:-} "$AMCQ" shell fx.db < session.txt > out.txt 2>&1
echo "exit $?"
grep -v '^{' out.txt # the verdicts, not the rows
