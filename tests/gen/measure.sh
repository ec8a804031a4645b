#!/bin/bash
# measure.sh: acceptance of qgen's queries by amcq check and amcq run.
#   tests/gen/measure.sh [--seed N] [--count N] [--amcq BIN] [--qgen BIN] [--db FIXTURE] [--keep DIR]
# Generates the queries, checks each (amcq check) and runs it (amcq run --db)
# on a small fixture (made with amcq gen --users 300 --days 7 if absent),
# then prints the rate of each exit status and the most common messages.
set -u
seed=1 count=2000 amcq=build/amcq qgen=/tmp/qgen db=/tmp/qgen-fixture.db keep=
while [ $# -gt 0 ]; do
  case $1 in
    --seed) seed=$2; shift 2 ;;
    --count) count=$2; shift 2 ;;
    --amcq) amcq=$2; shift 2 ;;
    --qgen) qgen=$2; shift 2 ;;
    --db) db=$2; shift 2 ;;
    --keep) keep=$2; shift 2 ;;
    *) echo "usage: $0 [--seed N] [--count N] [--amcq BIN] [--qgen BIN] [--db F] [--keep DIR]" >&2; exit 2 ;;
  esac
done
[ -f "$db" ] || "$amcq" gen --out "$db" --users 300 --days 7 --quiet || exit 2
dir=${keep:-$(mktemp -d /tmp/qgen-measure.XXXXXX)}
mkdir -p "$dir"
tables=$(sqlite3 "$db" "SELECT name FROM amcq_tables WHERE kind = 'generated' ORDER BY name" 2>/dev/null)
targs=()
for t in $tables; do targs+=(--table "$t"); done
start=$(date +%s.%N)
"$qgen" --annotate --seed "$seed" --count "$count" "${targs[@]}" > "$dir/all.sql" || exit 2
end=$(date +%s.%N)
awk -v d="$dir" 'BEGIN { n = 1; f = sprintf("%s/q%05d.sql", d, n) }
  $0 == ";" { close(f); n++; f = sprintf("%s/q%05d.sql", d, n); next }
  { print > f }' "$dir/all.sql"
params="--param p1=BRAND_A --param p2=5 --param p3=[1,2,3]"
export amcq db params
# one line per query: file check-status run-status first-message intent
ls "$dir"/q*.sql | xargs -P "$(nproc)" -n 1 sh -c '
  f=$1
  "$amcq" check --format json "$f" > "$f.check" 2>&1; c=$?
  "$amcq" run --quiet --db "$db" $params --timeout 20 "$f" > /dev/null 2> "$f.err"; r=$?
  m=$(grep -m1 -o "error\[AMC[0-9]*\]: .*" "$f.err" || head -c 300 "$f.err" | head -1)
  i=$(head -1 "$f" | sed -n "s/^-- qgen: //p")
  printf "%s\t%s\t%s\t%s\t%s\n" "$f" "$c" "$r" "$m" "$i"' sh > "$dir/results.tsv"
awk -F'\t' -v gen="$(echo "$end - $start" | bc)" '
  { n++; c[$2]++; r[$3]++; if ($2 == 0 && $3 == 0) ok++; if ($2 == 0 && $3 != 0) cr[$3]++
    if ($5 == "accept") { na++; if ($2 == 0) nac++; if ($2 == 1) { m = $4; gsub(/"[^"]*"/, "\"…\"", m); fp[m]++ } }
    else { nb++; if ($2 == 1) nbr++; else { fn[$5]++ } }
    if ($3 != 0) { m = $4; gsub(/"[^"]*"/, "\"…\"", m); gsub(/[0-9]+ rows/, "N rows", m); msg[$3 " " m]++ } }
  END {
    printf "queries: %d (generated in %.2f s)\n", n, gen
    printf "check exit 0: %.1f%%  1: %.1f%%  2: %.1f%%\n", 100*c[0]/n, 100*c[1]/n, 100*c[2]/n
    printf "run   exit 0: %.1f%%  1: %.1f%%  2: %.1f%%\n", 100*r[0]/n, 100*r[1]/n, 100*r[2]/n
    printf "accepted by check and run: %.1f%%\n", 100*ok/n
    printf "accepted by check, run failed: exit 1 %d, exit 2 %d\n", cr[1], cr[2]
    printf "generated to be accepted: %d, accepted by check: %.1f%%\n", na, na ? 100*nac/na : 0
    printf "generated to be rejected: %d, rejected by check: %.1f%%\n", nb, nb ? 100*nbr/nb : 0
    print "-- rejected although generated to be accepted (qgen bug or checker false positive):"
    for (k in fp) printf "%6d  %s\n", fp[k], k | "sort -rn | head -25"
    close("sort -rn | head -25")
    print "-- accepted although generated to be rejected:"
    for (k in fn) printf "%6d  %s\n", fn[k], k | "sort -rn | head -10"
    close("sort -rn | head -10")
    print "-- run failures (exit status, first message):"
    for (k in msg) printf "%6d  %s\n", msg[k], k | "sort -rn | head -40"
  }' "$dir/results.tsv"
[ -n "$keep" ] || rm -rf "$dir"
