# amcq load creates a first-party table, replaces it on the next load, and
# pseudonymizes identities so synthetic people join with generated user ids.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 100 --days 2 --quiet || exit 2
cat > crm.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"},
  {"name": "ltv", "type": "DECIMAL(38,4)", "kind": "METRIC", "class": "NONE"}
]}
JSON
printf 'tier,user_id,ltv\ngold,person-1,10\nsilver,person-2,\n"bronze, ""basic""",person-3,2.5\n' > a.csv
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema crm.json a.csv
echo "exit $?"
printf '{"user_id": "person-7", "tier": "gold", "ltv": 99}\n\n{"user_id": "person-8", "tier": null}\n' > b.jsonl
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema crm.json b.jsonl
echo "exit $?"
sqlite3 fx.db "SELECT tier, ltv, length(user_id) FROM crm ORDER BY tier;
               SELECT count(*) FROM crm c WHERE EXISTS (SELECT 1 FROM amcq_d_user u WHERE u.user_id = c.user_id);
               SELECT name, kind FROM amcq_tables WHERE kind = 'first_party';"
