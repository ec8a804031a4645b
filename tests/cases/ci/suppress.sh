# Inline suppressions: warnings only, on the line or the next one, in .sql
# files and inside workflow JSON; suppressing an error is an error; unknown
# codes and malformed comments are warnings; --report-unused-suppressions.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
cat > s.sql <<'SQL'
SELECT city_name, COUNT(DISTINCT user_id) AS reach -- amcq: disable=AMC301 big cities only
FROM dsp_impressions
-- amcq: disable-next-line=fine-timestamp-group,AMC301 pacing
GROUP BY city_name, impression_dt
SQL
cat > e.sql <<'SQL'
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE postal_code = '10001' -- amcq: disable=AMC105 one-off
GROUP BY campaign -- amcq: disable=AMC999
-- amcq: ignore everything
SQL
cat > u.sql <<'SQL'
SELECT campaign, COUNT(DISTINCT user_id) AS reach -- amcq: disable=AMC301 was city_name
FROM dsp_impressions
GROUP BY campaign
SQL
cat > w.json <<'JSON'
{"sqlQuery": "SELECT city_name, COUNT(DISTINCT user_id) AS reach -- amcq: disable=AMC301 ok\nFROM dsp_impressions\nGROUP BY city_name"}
JSON
for f in s.sql e.sql u.sql w.json; do
  echo "# $f"
  ${AMCQ_WRAP:-} "$AMCQ" check --color never "$f"
  echo "exit $?"
done
echo "# --report-unused-suppressions"
${AMCQ_WRAP:-} "$AMCQ" check --color never --report-unused-suppressions u.sql s.sql
echo "exit $?"
echo "# a warning raised to error by the configuration cannot be suppressed"
echo '{"rules": {"AMC301": "error"}}' > .amcq.json
${AMCQ_WRAP:-} "$AMCQ" check --color never --format github s.sql
echo "exit $?"
