#!/usr/bin/env bash
# The amcq test runner: C unit tests, golden IR dumps of the query corpus,
# and golden command cases. Prints one line per failure and, last,
# "N passed, N failed". Exits non-zero on any failure.
#
# usage: tests/run.sh AMCQ [UNIT_BINARY]
#   UPDATE=1     rewrite expected files from the current output (review the diff!)
#   AMCQ_WRAP    command prefix for every run, e.g. "valgrind -q --error-exitcode=99"
#   VERBOSE=1    print a line for passing tests too
set -u
cd "$(dirname "$0")/.." || exit 2
AMCQ=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
UNIT=${2:-}
WRAP=${AMCQ_WRAP:-}
UPDATE=${UPDATE:-0}
pass=0
fail=0
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export NO_COLOR=1

ok() { pass=$((pass + 1)); [ "${VERBOSE:-0}" = 1 ] && echo "ok   $1"; return 0; }
bad() {
  fail=$((fail + 1))
  echo "FAIL $1"
  [ -n "${2:-}" ] && sed 's/^/     /' "$2" | head -40
  return 0
}

# Compare actual output file $2 with expected file $3 for test $1.
golden() {
  local name=$1 actual=$2 expected=$3
  if [ "$UPDATE" = 1 ]; then
    cp "$actual" "$expected"
    ok "$name"
  elif [ ! -f "$expected" ]; then
    bad "$name: no expected file $expected" "$actual"
  elif cmp -s "$actual" "$expected"; then
    ok "$name"
  else
    diff -u "$expected" "$actual" > "$tmp/diff"
    bad "$name" "$tmp/diff"
  fi
}

# 1. C unit tests: the binary prints "PASS name" or "FAIL name: why".
if [ -n "$UNIT" ]; then
  $WRAP "$UNIT" > "$tmp/unit" 2>&1
  rc=$?
  while IFS= read -r line; do
    case "$line" in
      PASS\ *) ok "unit ${line#PASS }" ;;
      FAIL\ *) bad "unit ${line#FAIL }" ;;
    esac
  done < "$tmp/unit"
  if [ $rc != 0 ] && ! grep -q '^FAIL ' "$tmp/unit"; then
    bad "unit tests exited with status $rc" "$tmp/unit"
  fi
fi

# 2. The query corpus: every query parses without error; its IR matches the
#    golden dump.
for f in tests/corpus/*.sql; do
  [ -e "$f" ] || continue
  $WRAP "$AMCQ" parse "$f" > "$tmp/ir" 2> "$tmp/err"
  rc=$?
  if [ $rc != 0 ] || grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:|==[0-9]+== ' "$tmp/err"; then
    bad "corpus $f: amcq parse exited with $rc" "$tmp/err"
    continue
  fi
  if grep -q 'error\[' "$tmp/err"; then
    bad "corpus $f: error diagnostics" "$tmp/err"
    continue
  fi
  golden "corpus $f" "$tmp/ir" "${f%.sql}.ir"
done

# 2b. Every corpus query is one AMC accepts: amcq check reports no error.
for f in tests/corpus/*.sql; do
  [ -e "$f" ] || continue
  $WRAP "$AMCQ" check --color never "$f" > "$tmp/out" 2>&1
  rc=$?
  if [ $rc = 0 ] && ! grep -q 'error\[' "$tmp/out"; then
    ok "accepted $f"
  else
    bad "accepted $f: amcq check reports errors (exit $rc)" "$tmp/out"
  fi
done

# 2c. The adversarial suite: every query tries to get an identifier or a
#     small-group value out; each must be rejected with an error at the
#     position its "-- expect-at: LINE:COLUMN" line names.
for f in tests/adversarial/*.sql; do
  [ -e "$f" ] || continue
  at=$(sed -n 's/^-- expect-at: *\([0-9]*:[0-9]*\).*/\1/p' "$f" | head -1)
  $WRAP "$AMCQ" check --color never "$f" > "$tmp/out" 2>&1
  rc=$?
  if [ $rc != 1 ]; then
    bad "rejected $f: exit $rc, expected 1" "$tmp/out"
  elif [ -n "$at" ] && ! grep -qE "^$f:$at: error\[" "$tmp/out"; then
    echo "expected an error at $at" >> "$tmp/out"
    bad "rejected $f: no error at $at" "$tmp/out"
  else
    ok "rejected $f"
  fi
done

# 3. Command cases. tests/cases/*/NAME.sql is checked with
#    `amcq check --format text NAME.sql` (plus the options in NAME.opts if
#    present); NAME.cmd holds a whole argument list instead (NAME.stdin feeds
#    standard input). Expected: stdout, then stderr, then "exit N".
for f in tests/cases/*/*.sql tests/cases/*/*.cmd; do
  [ -e "$f" ] || continue
  base=${f%.*}
  case "$f" in
    *.sql)
      [ -e "$base.cmd" ] && continue
      opts=""
      [ -f "$base.opts" ] && opts=$(cat "$base.opts")
      eval "set -- check --color never $opts \"\$f\""
      ;;
    *.cmd)
      eval "set -- $(cat "$f")"
      ;;
  esac
  if [ -f "$base.stdin" ]; then
    $WRAP "$AMCQ" "$@" < "$base.stdin" > "$tmp/out" 2> "$tmp/err"
  else
    $WRAP "$AMCQ" "$@" < /dev/null > "$tmp/out" 2> "$tmp/err"
  fi
  rc=$?
  { cat "$tmp/out"; [ -s "$tmp/err" ] && { echo "--- stderr"; cat "$tmp/err"; }; echo "--- exit $rc"; } > "$tmp/actual"
  if [ $rc -ge 99 ] || grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:|==[0-9]+== ' "$tmp/err"; then
    bad "case $f: crashed or memory error (status $rc)" "$tmp/actual"
    continue
  fi
  golden "case $f" "$tmp/actual" "$base.expected"
done

# 4. Hand-computed positions: NAME.hand holds "CODE LINE:COLUMN", worked out
#    by hand from the text of NAME.sql; amcq must report that diagnostic there.
for h in tests/cases/*/*.hand; do
  [ -e "$h" ] || continue
  f=${h%.hand}.sql
  read -r code pos < "$h"
  $WRAP "$AMCQ" check --color never "$f" > "$tmp/out" 2>&1
  if grep -qE "^$f:$pos: [a-z]+\[$code\]" "$tmp/out"; then
    ok "position $f"
  else
    echo "expected $code at $pos" >> "$tmp/out"
    bad "position $f" "$tmp/out"
  fi
done

# 5. Passing rule cases: tests/cases/rules/CODE_pass_N.sql must draw neither
#    CODE nor any error.
for f in tests/cases/rules/*_pass_*.sql; do
  [ -e "$f" ] || continue
  code=$(basename "$f" | cut -d_ -f1)
  $WRAP "$AMCQ" check --color never "$f" > "$tmp/out" 2>&1
  if grep -qE "\[$code\]|error\[" "$tmp/out"; then
    bad "clean $f: reports $code or an error" "$tmp/out"
  else
    ok "clean $f"
  fi
done

# 6. The rules reference: every section's Fails example draws its rule, its
#    Passes example neither the rule nor any error. (Examples marked
#    "doctest: skip" cannot be run from the text; the files named in the
#    marker test the same thing.)
mkdir -p "$tmp/doc"
awk -v dir="$tmp/doc" '
  /^## AMC[0-9][0-9][0-9] / { code = $2; skip = 0; want = ""; next }
  /^<!-- doctest: skip/ { skip = 1; next }
  inb && /^```$/ { inb = 0; close(f); next }
  inb { print > f; next }
  /^\*\*Fails\*\*/ { want = "fail"; next }
  /^\*\*Passes\*\*/ { want = "pass"; next }
  /^```sql$/ && want != "" {
    if (!(want == "fail" && skip)) { f = dir "/" code "." want ".sql"; inb = 1 }
    want = ""; next
  }' docs/rules.md
for f in "$tmp"/doc/*.sql; do
  [ -e "$f" ] || continue
  name=$(basename "$f")
  code=${name%%.*}
  (cd "$tmp/doc" && $WRAP "$AMCQ" check --color never "$name") > "$tmp/out" 2>&1
  case "$name" in
    *.fail.sql)
      if grep -q "\[$code\]" "$tmp/out"; then ok "docs $name"; else bad "docs/rules.md: the Fails example of $code does not draw $code" "$tmp/out"; fi ;;
    *.pass.sql)
      if grep -qE "\[$code\]|error\[" "$tmp/out"; then bad "docs/rules.md: the Passes example of $code draws $code or an error" "$tmp/out"; else ok "docs $name"; fi ;;
  esac
done

echo "$pass passed, $fail failed"
[ $fail = 0 ]
