# amcq load never prints what it reads: a bad cell, a header field or a
# JSON key is named by its column, line or position, never shown. Every
# input below plants "s3cret" where the load stops; it must appear nowhere
# in what amcq prints.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 50 --days 1 --quiet || exit 2
cat > crm.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"},
  {"name": "visits", "type": "LONG", "kind": "METRIC", "class": "NONE"},
  {"name": "ltv", "type": "DECIMAL(38,4)", "kind": "METRIC", "class": "NONE"},
  {"name": "signup", "type": "DATE", "class": "LOW"},
  {"name": "seen", "type": "TIMESTAMP", "class": "MEDIUM"},
  {"name": "vip", "type": "BOOLEAN", "class": "LOW"},
  {"name": "tags", "type": "ARRAY<STRING>", "class": "LOW"}
]}
JSON
head='user_id,tier,visits,ltv,signup,seen,vip,tags'
n=0
: > all.txt
# try NAME FILE CONTENT: load it and keep what amcq says
try() {
  n=$((n + 1))
  printf '%b' "$3" > "$2"
  ${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema crm.json "$2" > out$n.txt 2>&1
  echo "$1 -> exit $?: $(head -1 out$n.txt)"
  cat out$n.txt >> all.txt
}
try "no header (an id first)" in.csv "person-s3cret-1,gold,1,1.5,2024-01-01,2024-01-01 10:00:00,true,[]\n"
try "an id as a header field" in.csv "user_id,tier,visits,ltv,signup,seen,vip,s3cret-7\n"
try "an id as a JSON key" in.jsonl '{"user_id": "person-1", "s3cret-2": "gold"}\n'
try "a key nested" in.jsonl '{"user_id": "person-1", "tier": {"s3cret": 1}}\n'
try "a LONG" in.csv "$head\nperson-1,gold,s3cret,1.5,2024-01-01,,true,[]\n"
try "a DECIMAL" in.csv "$head\nperson-1,gold,1,s3cret,2024-01-01,,true,[]\n"
try "a DATE" in.csv "$head\nperson-1,gold,1,1.5,s3cret,,true,[]\n"
try "a TIMESTAMP" in.csv "$head\nperson-1,gold,1,1.5,2024-01-01,s3cret,true,[]\n"
try "a BOOLEAN" in.csv "$head\nperson-1,gold,1,1.5,2024-01-01,,s3cret,[]\n"
try "an ARRAY" in.csv "$head\nperson-1,gold,1,1.5,2024-01-01,,true,s3cret\n"
try "a JSON object as a value" in.jsonl '{"user_id": "person-1", "visits": {"a": "s3cret"}}\n'
try "a JSON number where text goes" in.jsonl '{"user_id": "person-1", "signup": 31415926}\n'
try "invalid JSON after a value" in.jsonl '{"user_id": "s3cret-9", tier: 1}\n'
try "too many fields" in.csv "$head\nperson-1,gold,1,1.5,2024-01-01,,true,[],s3cret\n"
echo "inputs: $n"
echo "s3cret printed: $(grep -c s3cret all.txt)"
