#!/usr/bin/env bash
# Oracle corpus for `amcq run`: every case NN_name.sql is an AMC query and
# NN_name.oracle.sql a plain SQLite query that computes, by brute force
# (COUNT(DISTINCT user_id) per path, no amcq_* function), exactly the rows
# amcq run must keep in default mode, with the same columns in the same order.
#
# usage: tests/oracle/check.sh AMCQ FIXTURE [CASE...]
#   FIXTURE is made with: AMCQ gen --out FIXTURE --users 3000 --days 30 --seed 7 --quiet
#   (the cases' boundaries were chosen on that fixture; any fixture must pass,
#   but another one may exercise fewer boundaries).
#   CASE: optional case names (NN_name) or .sql paths to run only those.
#   VERBOSE=1 prints the row counts of every case.
#   AMCQ_WRAP: command prefix for amcq, e.g. "valgrind -q --error-exitcode=99"
#   (its reports, on standard error, are shown in the failure).
#   KEEP_OUTPUT=DIR: copy what amcq printed for each case into DIR.
#
# For every case:
#   * with --filtered-column, the rows marked false (untouched) must be the
#     same rows: no row meeting its requirements is nulled, none failing is
#     left alone;
#   * amcq run --db FIXTURE --format csv --quiet CASE.sql must succeed, and its
#     rows (header excluded, sorted) must equal the oracle's; the header must
#     equal the oracle's header (when the oracle returns at least one row:
#     sqlite3 prints no header for an empty result);
#   * "-- expect: removes": amcq must return fewer rows than the query has
#     without any threshold (the count of ALL rows: CASE.all.sql if it exists,
#     else CASE.sql itself run by sqlite3), i.e. at least one row is removed;
#   * "-- expect: keeps-all": amcq must return exactly that many rows.
#   The expectations describe the reference fixture (users 3000, days 30,
#   start 2025-06-01, seed 7, read from its amcq_meta table); on any other
#   fixture they are skipped, with a notice, unless EXPECT=1.
# CSV is compared field by field after parsing (sqlite3 quotes fields with
# spaces, amcq does not; CRLF vs LF), NULL and '' both being an empty field.
# Exit status: 0 if every case passed, 1 otherwise, 2 on usage errors.
set -u

if [ $# -lt 2 ]; then
  echo "usage: $0 AMCQ FIXTURE [CASE...]" >&2
  exit 2
fi
AMCQ=$1
FIXTURE=$2
shift 2
DIR=$(cd "$(dirname "$0")" && pwd)

for tool in sqlite3 python3; do
  command -v "$tool" > /dev/null || { echo "$0: $tool not found" >&2; exit 2; }
done
[ -x "$AMCQ" ] || { echo "$0: $AMCQ is not executable" >&2; exit 2; }
[ -f "$FIXTURE" ] || { echo "$0: no fixture $FIXTURE" >&2; exit 2; }

# Expectations hold on the reference fixture only.
ref=$(sqlite3 "$FIXTURE" "SELECT group_concat(key || '=' || value, ' ') FROM
        (SELECT key, value FROM amcq_meta
         WHERE key IN ('users', 'days', 'start', 'seed') ORDER BY key)" 2> /dev/null)
if [ "$ref" = "days=30 seed=7 start=2025-06-01 users=3000" ] || [ "${EXPECT:-0}" = 1 ]; then
  check_expect=1
else
  check_expect=0
  echo "note: $FIXTURE is not the reference fixture (${ref:-no amcq_meta}):" \
       "skipping the \"-- expect:\" checks (EXPECT=1 forces them)"
fi

TMP=$(mktemp -d "${TMPDIR:-/tmp}/amcq-oracle.XXXXXX") || exit 2
trap 'rm -rf "$TMP"' EXIT

# normalize IN OUT_HEADER OUT_ROWS: parse CSV (CRLF or LF, any quoting),
# write the header and the sorted rows, one JSON array per line.
normalize() {
  python3 - "$1" "$2" "$3" <<'EOF'
import csv, json, sys
src, hdr, rows = sys.argv[1:4]
with open(src, newline='', encoding='utf-8', errors='surrogateescape') as f:
    data = list(csv.reader(f))
dump = lambda r: json.dumps(r, ensure_ascii=False)
with open(hdr, 'w', encoding='utf-8', errors='surrogateescape') as f:
    if data:
        f.write(dump(data[0]) + '\n')
with open(rows, 'w', encoding='utf-8', errors='surrogateescape') as f:
    for line in sorted(dump(r) for r in data[1:]):
        f.write(line + '\n')
EOF
}

cases=()
if [ $# -gt 0 ]; then
  for c in "$@"; do
    c=$(basename "${c%.sql}")
    if [ -f "$DIR/$c.sql" ]; then
      cases+=("$DIR/$c.sql")
    else
      # a prefix such as "07" names the case(s) starting with it
      found=0
      for f in "$DIR/$c"*.sql; do
        case "$f" in *.oracle.sql|*.all.sql) continue ;; esac
        [ -f "$f" ] && { cases+=("$f"); found=1; }
      done
      [ $found = 1 ] || cases+=("$DIR/$c.sql")
    fi
  done
else
  for f in "$DIR"/[0-9]*.sql; do
    case "$f" in *.oracle.sql|*.all.sql) continue ;; esac
    cases+=("$f")
  done
fi

npass=0
nfail=0
failed=()
for sql in "${cases[@]}"; do
  name=$(basename "$sql" .sql)
  base=${sql%.sql}
  t="$TMP/$name"
  mkdir -p "$t"
  why=""
  if [ ! -f "$sql" ] || [ ! -f "$base.oracle.sql" ]; then
    why="missing $name.sql or $name.oracle.sql"
  elif ! ${AMCQ_WRAP:-} "$AMCQ" run --db "$FIXTURE" --format csv --quiet "$sql" > "$t/amcq.csv" 2> "$t/amcq.err"; then
    why="amcq run failed: $(head -c 2000 "$t/amcq.err")"
  elif grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:|==[0-9]+== ' "$t/amcq.err"; then
    why="memory checker report: $(head -c 4000 "$t/amcq.err")"
  elif ! sqlite3 -bail -csv -header "$FIXTURE" < "$base.oracle.sql" > "$t/oracle.csv" 2> "$t/oracle.err" \
       || [ -s "$t/oracle.err" ]; then
    why="oracle failed: $(head -c 2000 "$t/oracle.err")"
  else
    normalize "$t/amcq.csv" "$t/amcq.hdr" "$t/amcq.rows"
    normalize "$t/oracle.csv" "$t/oracle.hdr" "$t/oracle.rows"
    namcq=$(wc -l < "$t/amcq.rows")
    noracle=$(wc -l < "$t/oracle.rows")
    if [ -s "$t/oracle.hdr" ] && ! cmp -s "$t/amcq.hdr" "$t/oracle.hdr"; then
      why="headers differ: amcq $(cat "$t/amcq.hdr"), oracle $(cat "$t/oracle.hdr")"
    elif ! cmp -s "$t/amcq.rows" "$t/oracle.rows"; then
      why="rows differ (amcq $namcq, oracle $noracle; < oracle only, > amcq only):
$(diff "$t/oracle.rows" "$t/amcq.rows" | grep '^[<>]' | head -40)"
    elif ! ${AMCQ_WRAP:-} "$AMCQ" run --db "$FIXTURE" --format csv --quiet \
           --filtered-column amcq_filtered "$sql" > "$t/filtered.csv" 2> "$t/filtered.err"; then
      why="amcq run --filtered-column failed: $(head -c 2000 "$t/filtered.err")"
    else
      # With AMC's filtered column, the rows left untouched (false) are
      # exactly the rows kept by default: no row that meets its
      # requirements is nulled, none that fails is left alone.
      python3 - "$t/filtered.csv" "$t/untouched.csv" <<'PY'
import csv, sys
rows = list(csv.reader(open(sys.argv[1], newline='', encoding='utf-8', errors='surrogateescape')))
w = csv.writer(open(sys.argv[2], 'w', newline='', encoding='utf-8', errors='surrogateescape'))
if rows:
    w.writerow(rows[0][:-1])
    for r in rows[1:]:
        if r[-1] == 'false':
            w.writerow(r[:-1])
PY
      normalize "$t/untouched.csv" "$t/untouched.hdr" "$t/untouched.rows"
      if ! cmp -s "$t/untouched.rows" "$t/oracle.rows"; then
        why="filtered mode: untouched rows differ from the oracle's kept rows (< oracle only, > amcq only):
$(diff "$t/oracle.rows" "$t/untouched.rows" | grep '^[<>]' | head -40)"
      fi
    fi
    expect=$(sed -n 's/^[[:space:]]*--[[:space:]]*expect:[[:space:]]*\([a-z-]*\).*/\1/p' "$sql" | head -1)
    if [ -z "$why" ] && [ -n "$expect" ] && [ $check_expect = 1 ]; then
      if [ -f "$base.all.sql" ]; then allsql="$base.all.sql"; else allsql="$sql"; fi
      if ! nall=$(sqlite3 -bail "$FIXTURE" "SELECT COUNT(*) FROM ($(sed 's/--.*$//' "$allsql" | tr '\n' ' ' | sed 's/;[[:space:]]*$//'))" 2> "$t/all.err"); then
        why="cannot count all rows with $(basename "$allsql"): $(head -c 500 "$t/all.err")"
      else
        case "$expect" in
          removes)
            [ "$namcq" -lt "$nall" ] ||
              why="expect: removes, but amcq kept $namcq of $nall rows" ;;
          keeps-all)
            [ "$namcq" -eq "$nall" ] ||
              why="expect: keeps-all, but amcq kept $namcq of $nall rows" ;;
          *) why="unknown expectation \"$expect\"" ;;
        esac
      fi
    fi
    [ "${VERBOSE:-0}" = 1 ] && [ -z "$why" ] &&
      echo "     $name: $namcq rows kept${nall:+ of $nall}"
    unset nall
  fi
  # KEEP_OUTPUT=DIR: what amcq printed, for tests/run.sh to search for
  # identifiers of the fixture once every case has run
  if [ -n "${KEEP_OUTPUT:-}" ]; then
    for x in amcq.csv amcq.err filtered.csv filtered.err; do
      [ -f "$t/$x" ] && cp "$t/$x" "$KEEP_OUTPUT/$name.$x"
    done
  fi
  if [ -z "$why" ]; then
    echo "ok $name"
    npass=$((npass + 1))
  else
    echo "FAIL $name"
    printf '%s\n' "$why" | sed 's/^/     /'
    nfail=$((nfail + 1))
    failed+=("$name")
  fi
done

echo "$npass passed, $nfail failed"
[ "$nfail" = 0 ]
