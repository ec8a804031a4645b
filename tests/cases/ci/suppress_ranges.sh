# Suppressions beyond one line: disable=CODE ... enable=CODE covers the
# lines from one comment to the other (both included); disable-file=CODE,
# anywhere in the file, covers all of it (in a workflow, the sqlQuery it is
# in). Errors still cannot be suppressed (AMC401), an enable= with no
# disable= to end and a suppression without a code are AMC403, and
# --report-unused-suppressions reports ranges and files that hid nothing.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
cat > range.sql <<'SQL'
WITH a AS (
  SELECT city_name, COUNT(DISTINCT user_id) AS reach
  FROM dsp_impressions
  -- amcq: disable=AMC303,AMC301 the CTEs are sorted for reading
  GROUP BY city_name
  ORDER BY reach
), b AS (
  SELECT city_name, COUNT(DISTINCT user_id) AS reach
  FROM dsp_impressions
  GROUP BY city_name
  ORDER BY reach -- amcq: enable=useless-order-by
), c AS (
  SELECT city_name, COUNT(DISTINCT user_id) AS reach
  FROM dsp_impressions
  GROUP BY city_name
  ORDER BY reach
)
SELECT a.city_name, a.reach, b.reach AS reach_b, c.reach AS reach_c
FROM a JOIN b ON a.city_name = b.city_name JOIN c ON a.city_name = c.city_name
SQL
cat > file.sql <<'SQL'
SELECT city_name, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions GROUP BY city_name;
SELECT city_name, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions
GROUP BY city_name, impression_dt;
-- amcq: disable-file=thresholded-output city-level reports, reviewed
SQL
cat > errors.sql <<'SQL'
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
-- amcq: disable=AMC105 from here
WHERE postal_code = '10001'
-- amcq: enable=AMC105
GROUP BY campaign
-- amcq: disable-file=literal-filter,AMC303 one-off
SQL
cat > malformed.sql <<'SQL'
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions -- amcq: enable=AMC301
-- amcq: disable-file= everything
-- amcq: disable-file=AMC303
GROUP BY campaign -- amcq: enable=AMC303
-- amcq: disable-range=AMC301
SQL
cat > unused.sql <<'SQL'
-- amcq: disable-file=AMC302 nothing is grouped by the second here
SELECT city_name, COUNT(DISTINCT user_id) AS reach -- amcq: disable=AMC301 big cities
FROM dsp_impressions
-- amcq: disable=AMC303 no ORDER BY at all
GROUP BY city_name
-- amcq: enable=AMC303
SQL
cat > w.json <<'JSON'
[{"sqlQuery": "-- amcq: disable-file=AMC301 reviewed\nSELECT city_name, COUNT(DISTINCT user_id) AS reach\nFROM dsp_impressions\nGROUP BY city_name"},
 {"sqlQuery": "SELECT city_name, COUNT(DISTINCT user_id) AS reach\nFROM dsp_impressions\nGROUP BY city_name"}]
JSON
check() { echo "\$ amcq check $*"; ${AMCQ_WRAP:-} "$AMCQ" check --color never "$@"; echo "exit $?"; }
echo "# a range: AMC303 hidden from line 4 to line 11, reported on line 16; AMC301,"
echo "# which no enable= ends, covers line 4 alone"
check range.sql
echo "# disable-file at the end covers every statement"
check --split file.sql
echo "# errors: a range or a file-wide suppression of an error is AMC401"
check errors.sql
echo "# malformed"
check malformed.sql
echo "# unused, with --report-unused-suppressions"
check --report-unused-suppressions unused.sql range.sql
echo "# a workflow: disable-file covers the sqlQuery it is written in"
check w.json
echo "# a warning the configuration raises to error cannot be suppressed by a range either"
echo '{"rules": {"AMC303": "error"}}' > .amcq.json
check --format github range.sql
