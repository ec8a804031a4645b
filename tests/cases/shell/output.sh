# How amcq shell prints results, as sqlite3's shell does: .headers on|off
# (table and csv), .mode ndjson, .output FILE (results, .tables, .schema and
# .policy go to FILE; diagnostics and the privacy line stay on standard
# output) and .output alone back to standard output, .once FILE for the next
# statement or command only, and .timer on|off.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 300 --days 7 --seed 3 --quiet || exit 2
q='SELECT device_type, COUNT(*) AS n FROM dsp_clicks GROUP BY device_type;'
cat > session.txt <<SQL
.headers off
$q
.mode csv
$q
.headers on
$q
.headers
.mode ndjson
$q
.mode json
$q
.mode
.mode csv
.output out.csv
$q
SELECT postal_code, COUNT(*) AS n FROM dsp_clicks GROUP BY postal_code;
.tables
.output
SELECT 'back' AS here, COUNT(*) AS n FROM dsp_clicks;
.once once.csv
SELECT 'once' AS there, COUNT(*) AS n FROM dsp_clicks;
SELECT 'after' AS here, COUNT(*) AS n FROM dsp_clicks;
.once policy.txt
.policy
.schema conversions
.once rejected.txt
SELECT user_id FROM dsp_clicks GROUP BY user_id;
SELECT 'screen' AS here, COUNT(*) AS n FROM dsp_clicks;
.output no/such/dir/x.csv
.once
.timer on
$q
.timer off
$q
SQL
${AMCQ_WRAP:-} "$AMCQ" shell fx.db < session.txt > out.txt 2>&1
echo "exit $?"
# CSV ends its lines with CR LF; the times vary; .schema's columns are long.
tr -d '\r' < out.txt | sed 's/^Run Time: real [0-9]*\.[0-9]\{3\} user [0-9]*\.[0-9]\{6\} sys [0-9]*\.[0-9]\{6\}$/Run Time: real N user N sys N/' |
  grep -v '^  [a-z_0-9]* .*\(dimension\|metric\)$'
for f in out.csv once.csv policy.txt rejected.txt; do
  echo "== $f"
  tr -d '\r' < "$f" | awk 'NR <= 4 { print; next } { n++; last = $0 } END { if (n > 1) print "..."; if (n) print last }'
done
