# What an audience query (and a first-party table) may not do, each a way
# an analyst could learn an id or bypass AMC106, found by review: a table
# of hex prefixes compared with user_id (in audience and analytics
# queries: the literal rule, AMC105, for values the analyst wrote), a LOW
# column as a table's "user column", an expression over user_id renamed
# user_id inside a CTE, an AMC table described again in a --policy file,
# a table without users that is not an audience table; and what still
# works: joining a first-party table on its user column by equality,
# USING and IN. Then the modes: sandbox mode refused on a fixture with a
# table amcq did not make and for audience queries (check and run alike),
# an execution's false turning a workflow's sandbox flag off, --explain of
# an audience query, and notes as GitHub notices.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 300 --days 3 --seed 11 --quiet || exit 2
check() { # $1 name, then options and the query on standard input
  n=$1; shift
  cat > "$n.sql"
  ${AMCQ_WRAP:-} "$AMCQ" check --color never --db fx.db "$@" "$n.sql" > "$n.out" 2>&1
  echo "# $n: exit $? $(grep -o '\(error\|note\)\[AMC[0-9]*\]' "$n.out" | sort -u | tr '\n' ' ')"
}
cat > probe.json <<'JSON'
{"columns": [
  {"name": "k", "type": "STRING", "class": "LOW"},
  {"name": "pat", "type": "STRING", "class": "LOW"},
  {"name": "h", "type": "STRING", "class": "VERY_HIGH"}
]}
JSON
printf 'k,pat,h\n1,0%%,0\n2,1%%,1\n' > probe.csv
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table probe --schema probe.json probe.csv > /dev/null 2>&1 || echo "load failed"
cat > crm.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"}
]}
JSON
printf 'user_id,tier\nperson-1,gold\nperson-2,silver\n' > crm.csv
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema crm.json crm.csv > /dev/null 2>&1 || echo "load failed"
echo "== the analyst's values meet user_id: AMC105"
check like_audience <<'SQL'
SELECT i.user_id
FROM dsp_impressions_for_audiences i
JOIN probe p ON i.user_id LIKE p.pat
WHERE p.k = '1'
SQL
check less_audience <<'SQL'
SELECT i.user_id FROM dsp_impressions_for_audiences i JOIN probe p ON i.user_id < p.pat
SQL
check substr_vh <<'SQL'
SELECT i.user_id FROM dsp_impressions_for_audiences i JOIN probe p ON SUBSTRING(i.user_id, 1, 1) = p.h
SQL
check like_analytics <<'SQL'
SELECT p.k, COUNT(DISTINCT i.user_id) AS users
FROM dsp_impressions i
JOIN probe p ON i.user_id LIKE p.pat
GROUP BY p.k
SQL
check user_col_order <<'SQL'
SELECT COUNT(DISTINCT i.user_id) AS users FROM dsp_impressions i JOIN crm c ON i.user_id < c.user_id
SQL
echo "== joins on the user column by equality: accepted"
check join_eq <<'SQL'
SELECT c.tier, COUNT(DISTINCT i.user_id) AS users
FROM dsp_impressions i JOIN crm c ON c.user_id = i.user_id
GROUP BY c.tier
SQL
check join_using <<'SQL'
SELECT c.tier, COUNT(*) AS impressions
FROM dsp_impressions i JOIN crm c USING (user_id)
GROUP BY c.tier
SQL
check join_in <<'SQL'
SELECT user_id FROM dsp_impressions_for_audiences
WHERE user_id IN (SELECT user_id FROM crm WHERE tier = 'gold')
SQL
check join_exists <<'SQL'
SELECT i.user_id FROM dsp_impressions_for_audiences i
WHERE EXISTS (SELECT 1 FROM crm c WHERE c.user_id = i.user_id)
GROUP BY i.user_id
SQL
echo "== a user column that is not a user's id"
printf '{"user_column": "tier", "columns": [{"name": "tier", "type": "STRING", "class": "LOW"}]}\n' > low.json
printf 'tier\ngold\n' > low.csv
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table lowusers --schema low.json low.csv; echo "exit $?"
echo "== an expression renamed user_id, in a CTE and a subquery: AMC106"
check cte_substr <<'SQL'
WITH a AS (SELECT SUBSTRING(user_id, 1, 1) AS user_id FROM dsp_clicks_for_audiences)
SELECT user_id FROM a
SQL
check subquery_lower <<'SQL'
SELECT user_id FROM (SELECT LOWER(user_id) AS user_id FROM dsp_clicks_for_audiences) t
SQL
check cte_plain <<'SQL'
WITH a AS (SELECT user_id FROM dsp_clicks_for_audiences WHERE campaign_id > 0)
SELECT user_id FROM a
SQL
echo "== an AMC table described again in a policy is still AMC's"
printf '{"extends": "amc", "tables": [{"name": "dsp_clicks", "user_column": "user_id", "columns": [{"name": "user_id", "type": "STRING", "class": "VERY_HIGH"}, {"name": "campaign_id", "type": "LONG", "class": "LOW"}]}]}\n' > redo.json
check redefined --policy redo.json <<'SQL'
SELECT c.user_id FROM dsp_clicks c JOIN dsp_impressions_for_audiences i ON i.user_id = c.user_id
SQL
echo "== an AMC table without users, beside its audience twin"
check segment_metadata <<'SQL'
SELECT s.user_id
FROM audience_segments_amer_inmarket_for_audiences s
JOIN segment_metadata m ON m.segment_id = s.segment_id
SQL
check segment_metadata_twin <<'SQL'
SELECT s.user_id
FROM audience_segments_amer_inmarket_for_audiences s
JOIN segment_metadata_for_audiences m ON m.segment_id = s.segment_id
SQL
echo "== sandbox mode"
cp fx.db plain.db
${AMCQ_WRAP:-} "$AMCQ" gen --out gen.db --users 50 --days 1 --seed 2 --quiet || exit 2
sqlite3 gen.db "CREATE TABLE notes(user_id TEXT, email TEXT); INSERT INTO notes VALUES('x', 'someone@example.com')"
printf 'SELECT user_id, campaign FROM dsp_impressions\n' > rows.sql
${AMCQ_WRAP:-} "$AMCQ" run --db gen.db --sandbox rows.sql > out 2> err; echo "a table amcq did not make: exit $? ($(wc -c < out) bytes out)"; grep "^amcq:" err
check audience_sandbox --sandbox <<'SQL'
SELECT user_id FROM dsp_impressions_for_audiences WHERE postal_code = '10001'
SQL
${AMCQ_WRAP:-} "$AMCQ" check --sandbox --audience rows.sql; echo "check --sandbox --audience: exit $?"
printf '{"sqlQuery": "SELECT user_id FROM dsp_impressions", "disableAggregationControls": true, "requireSyntheticData": true}\n' > wf.json
printf '{"disableAggregationControls": false}\n' > off.json
${AMCQ_WRAP:-} "$AMCQ" run --db gen.db --workflow wf.json --execution off.json > out 2> err; echo "execution turns it off: exit $?"; grep -o "error\[AMC[0-9]*\]" err | sort -u
echo "== --explain of an audience query"
printf 'SELECT user_id FROM dsp_clicks_for_audiences\n' > aud.sql
${AMCQ_WRAP:-} "$AMCQ" run --db plain.db --explain --format csv aud.sql 2> /dev/null | grep -v "^SELECT\|^WITH" | sed 's/^[0-9]*,/N,/'
${AMCQ_WRAP:-} "$AMCQ" run --db plain.db --filtered-column f aud.sql; echo "exit $?"
echo "== a note is a GitHub notice"
${AMCQ_WRAP:-} "$AMCQ" check --format github --sandbox rows.sql | cut -c1-40
