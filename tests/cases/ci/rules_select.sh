# --rules CODE,... reports only the warnings of those rules and
# --exclude-rules CODE,... leaves theirs out; errors (AMC's rejections and
# warnings a configuration raises) are always reported; they choose what is
# reported, not what suppressions matched; unknown codes and excluding an
# error are refused (exit 2).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
mkdir -p q/raised
cat > q/w.sql <<'SQL'
WITH a AS (
  SELECT city_name, COUNT(DISTINCT user_id) AS reach
  FROM dsp_impressions
  GROUP BY city_name
  ORDER BY reach
)
SELECT city_name, reach FROM a
SQL
cat > q/e.sql <<'SQL'
SELECT city_name, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
WHERE postal_code = '10001'
GROUP BY city_name
SQL
cat > q/s.sql <<'SQL'
SELECT city_name, COUNT(DISTINCT user_id) AS reach -- amcq: disable=AMC301 big cities only
FROM dsp_impressions
GROUP BY city_name -- amcq: disable=AMC303 no ORDER BY here
SQL
echo '{"rules": {"AMC302": "error"}}' > q/raised/.amcq.json
echo 'SELECT city_name, COUNT(DISTINCT user_id) AS n FROM dsp_impressions GROUP BY city_name, impression_dt' > q/raised/r.sql
check() { echo "\$ amcq check $*"; ${AMCQ_WRAP:-} "$AMCQ" check --color never --format github "$@"; echo "exit $?"; }
echo "# every diagnostic"
check q
echo "# --rules: AMC303's warnings and every error (AMC105, AMC302 raised to error in raised/)"
check --rules AMC303 q
echo "# names are codes too; the last --rules wins"
check --rules AMC302 --rules thresholded-output q/w.sql q/e.sql
echo "# --exclude-rules: the warnings of AMC301 and AMC303 are left out; AMC302, raised, stays"
check --exclude-rules AMC301,useless-order-by,AMC302 q
echo "# both: --exclude-rules wins"
check --rules AMC301,AMC303 --exclude-rules AMC303 q/w.sql
echo "# a suppression of a warning left out still suppressed it: only s.sql's AMC303 is unused"
check --rules AMC402 --report-unused-suppressions q/s.sql
check --exclude-rules AMC301 --report-unused-suppressions q/s.sql
echo "# the summary counts what is reported"
${AMCQ_WRAP:-} "$AMCQ" check --color never --rules AMC303 q/w.sql q/s.sql
echo "exit $?"
${AMCQ_WRAP:-} "$AMCQ" check --format json --exclude-rules AMC301,AMC303 q/w.sql
echo "exit $?"
echo "# refused"
for o in "--rules AMC31" "--rules tresholded-output" "--rules nothing-like-it" \
         "--exclude-rules AMC301,literal-filter" "--exclude-rules AMC401" "--rules AMC301,,AMC303" \
         "--exclude-rules ," "--rules="; do
  # shellcheck disable=SC2086
  check $o q/w.sql
done
