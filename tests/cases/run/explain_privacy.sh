# --explain shows the SQLite SQL amcq runs, each output column's lineage
# and requirement, and users per path and row; neither it nor the result
# ever shows a user_id (or any other VERY_HIGH value) of the fixture.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 200 --days 3 --seed 5 --quiet || exit 2
cat > q.sql <<'SQL'
WITH per_user AS (
  SELECT user_id, device_type, COUNT(*) AS n
  FROM dsp_impressions
  GROUP BY user_id, device_type
)
SELECT p.device_type, COUNT(DISTINCT p.user_id) AS users, SUM(p.n) AS impressions,
       COUNT(DISTINCT c.user_id) AS clickers
FROM per_user p LEFT JOIN dsp_clicks c ON c.user_id = p.user_id
GROUP BY p.device_type
SQL
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --explain --user-count-column users_behind \
  --reason-column why --filtered-column filtered q.sql > out.txt 2>&1
echo "exit $?"
cat out.txt
# No identifier of the fixture appears anywhere in the output.
sqlite3 fx.db "SELECT DISTINCT user_id FROM dsp_impressions WHERE user_id IS NOT NULL
               UNION SELECT DISTINCT device_id FROM dsp_impressions WHERE device_id IS NOT NULL
               UNION SELECT DISTINCT request_tag FROM dsp_impressions" > ids.txt
echo "identifiers in the fixture: $(wc -l < ids.txt | tr -d ' ')"
echo "identifiers in the output: $(grep -c -F -f ids.txt out.txt)"
