# .schema aligns its columns by display width: a long type (ARRAY[LONG],
# ARRAY[INTEGER]) no longer pushes the class out of line, and names with
# wide (CJK) or accented characters line up on a terminal; .tables too. An
# unknown table says so, with the closest name.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 300 --days 7 --seed 3 --quiet || exit 2
printf 'user_id,都市,größe\nperson-1,東京,"[3]"\n' > crm.csv
cat > crm.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "都市", "type": "STRING", "class": "LOW"},
  {"name": "größe", "type": "ARRAY<LONG>", "class": "LOW"}]}
JSON
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema crm.json crm.csv > /dev/null 2>&1 || exit 2
printf '.schema dsp_impressions\n.schema crm\n.tables\n.schema dsp_impresions\n' |
  ${AMCQ_WRAP:-} "$AMCQ" shell fx.db > out.txt 2>&1
echo "exit $?"
# Every column line of dsp_impressions: the type, the class and the kind
# start at the same place on every line (all ASCII: bytes are cells).
awk '/^dsp_impressions$/ { on = 1; next } on && /^[^ ]/ { on = 0 }
     on { t = index($0, " " $2 " "); c = index($0, " " $3 " ");
          seen[t " " c]++; if ($2 ~ /ARRAY/) arrays++ }
     END { n = 0; for (k in seen) n++; print "dsp_impressions: " arrays " ARRAY columns, " n " alignment" }' out.txt
sed -n '/^crm$/,/^classes/p' out.txt
grep '^crm \|^no table' out.txt
