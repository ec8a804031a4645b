# amcq load: every kind of bad input stops the load with FILE:LINE and the
# reason, exit status 2, and the fixture stays byte for byte as it was.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 100 --days 2 --quiet || exit 2
cat > crm.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"},
  {"name": "ltv", "type": "DECIMAL(38,4)", "kind": "METRIC", "class": "NONE"},
  {"name": "signup", "type": "DATE", "class": "LOW"},
  {"name": "seen", "type": "TIMESTAMP", "class": "MEDIUM"},
  {"name": "vip", "type": "BOOLEAN", "class": "LOW"}
]}
JSON
cat > acct.json <<'JSON'
{"columns": [
  {"name": "account_id", "type": "LONG", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"}
]}
JSON
sum=$(cksum < fx.db)
head='user_id,tier,ltv,signup,seen,vip'
# try NAME FILE CONTENT [OPTIONS...]: write FILE, load it, show the outcome.
try() {
  local name=$1 file=$2 content=$3
  shift 3
  printf '%b' "$content" > "$file"
  echo "== $name"
  ${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema crm.json "$@" "$file" 2>&1
  echo "exit $?"
  if [ "$(cksum < fx.db)" = "$sum" ]; then echo "fixture unchanged"; else echo "FIXTURE CHANGED"; fi
}
try "wrong number of fields" in.csv "$head\nperson-1,gold,1.5,2024-01-01,2024-01-01 10:00:00,true\nperson-2,silver,2.5\n"
try "bad number" in.csv "$head\nperson-1,gold,1.5,2024-01-01,,true\nperson-2,silver,12x,2024-01-01,,false\n"
try "bad number, quoted" in.csv "$head\nperson-1,gold,\"1,5\",2024-01-01,,true\n"
try "impossible date" in.csv "$head\nperson-1,gold,1,2024-02-30,,true\n"
try "bad timestamp" in.csv "$head\nperson-1,gold,1,2024-02-01,yesterday,true\n"
try "bad Boolean" in.csv "$head\nperson-1,gold,1,2024-02-01,,maybe\n"
try "invalid UTF-8" in.csv "$head\nperson-1,gold,1,2024-02-01,,true\nperson-2,\xff\xfeold,1,2024-02-01,,true\n"
try "unterminated quote" in.csv "$head\nperson-1,\"gold,1,2024-02-01,,true\nperson-2,silver,1,2024-02-01,,true\n"
try "text after a closing quote" in.csv "$head\nperson-1,\"gold\"x,1,2024-02-01,,true\n"
try "unknown header column" in.csv "user_id,tier,ltv,signup,seen,vip,color\n"
try "header lacks a column" in.csv "user_id,tier\nperson-1,gold\n"
try "empty file" in.csv ""
try "JSON Lines: invalid JSON" in.jsonl '{"user_id": "person-1", "tier": "gold"}\n{"user_id": "person-2", tier: 1}\n'
try "JSON Lines: unknown key" in.jsonl '{"user_id": "person-1", "colour": "red"}\n'
try "JSON Lines: not an object" in.jsonl '["person-1"]\n'
# A column named like amcq run's hidden columns would stand in for them.
cat > hidden.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "_s0", "type": "LONG", "class": "NONE"}
]}
JSON
echo "== a column named _s0"
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm2 --schema hidden.json in.csv 2>&1
echo "exit $?"
# The file's own words are data: a headerless file's first row and a key
# that is an identifier are never printed back.
try "no header row" in.csv "person-secret-1,gold,1.5,2024-01-01,2024-01-01 10:00:00,true\n"
try "JSON Lines: an identifier as a key" in.jsonl '{"user_id": "person-1", "person-secret-2": "gold"}\n'
try "bad value of a LOW column" in.csv "$head\nperson-1,gold,1,2024-02-01,,secret-flag\n"
echo "== an identifier is never echoed"
printf 'account_id,tier\n12,gold\nA1B2C3-SECRET,gold\n' > acct.csv
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table acct --schema acct.json --already-pseudonymized acct.csv 2>&1
echo "exit $?"
echo "== an AMC table cannot be replaced"
printf '%s\n' "$head" > ok.csv
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table dsp_impressions --schema crm.json ok.csv 2>&1
echo "exit $?"
echo "== a bad schema"
printf '{"columns": [{"name": "user_id", "class": "SECRET"}]}\n' > bad.json
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema bad.json ok.csv 2>&1
echo "exit $?"
echo "== not a fixture"
printf 'not a database' > plain.db
${AMCQ_WRAP:-} "$AMCQ" load --db plain.db --table crm --schema crm.json ok.csv 2>&1
echo "exit $?"
echo "== no fixture"
${AMCQ_WRAP:-} "$AMCQ" load --db missing.db --table crm --schema crm.json ok.csv 2>&1
echo "exit $?"
ls missing.db 2>/dev/null || echo "missing.db not created"
if [ "$(cksum < fx.db)" = "$sum" ]; then echo "fixture unchanged after all"; else echo "FIXTURE CHANGED"; fi
