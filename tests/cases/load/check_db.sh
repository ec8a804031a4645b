# amcq check --db FIXTURE knows the fixture's first-party tables and their
# classes, as amcq load recorded them.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 50 --days 2 --quiet || exit 2
cat > crm.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "email", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"}
]}
JSON
printf 'user_id,email,tier\nperson-1,a@example.com,gold\n' > crm.csv
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema crm.json crm.csv 2> /dev/null || exit 2
printf 'SELECT c.tier, COUNT(DISTINCT i.user_id) AS reach\nFROM crm c JOIN dsp_impressions i ON i.user_id = c.user_id\nGROUP BY c.tier\n' > ok.sql
printf 'SELECT email, COUNT(*) AS n FROM crm GROUP BY email\n' > leak.sql
${AMCQ_WRAP:-} "$AMCQ" check --color never --db fx.db ok.sql leak.sql
echo "exit $?"
${AMCQ_WRAP:-} "$AMCQ" check --color never ok.sql
echo "exit $?"
${AMCQ_WRAP:-} "$AMCQ" check --color never --db missing.db ok.sql
echo "exit $?"
