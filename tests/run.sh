#!/usr/bin/env bash
# The amcq test runner: C unit tests, golden IR dumps of the query corpus,
# golden command cases, hand-computed positions, the adversarial suite, the
# examples of the rules reference and the oracle cases of amcq run. Jobs run in parallel (one per core);
# results are printed in a fixed order: one line per failure and, last,
# "N passed, N failed". Exits non-zero on any failure.
#
# usage: tests/run.sh AMCQ [UNIT_BINARY [GENTEST_BINARY]]
#   UPDATE=1     rewrite expected files from the current output (review the diff!)
#   AMCQ_WRAP    command prefix for every run, e.g. "valgrind -q --error-exitcode=99"
#   VERBOSE=1    print a line for passing tests too
#   JOBS=N       parallel jobs (default: the number of cores)
set -u
cd "$(dirname "$0")/.." || exit 2

# ---------------------------------------------------------------------------
# One job: "tests/run.sh --job KIND ARG" prints "ok NAME" or "FAIL NAME" and
# the details, indented. Everything it needs comes from the environment.

ok() { echo "ok   $1"; }
bad() {
  echo "FAIL $1"
  [ -n "${2:-}" ] && sed 's/^/     /' "$2" | head -40
  return 0
}

# Sanitizer or valgrind reports in file $1?
memory_error() {
  grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:|==[0-9]+== ' "$1"
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
    diff -u "$expected" "$actual" > "$jt/diff"
    bad "$name" "$jt/diff"
  fi
}

run_job() {
  local kind=$1 f=$2 rc base code at name
  jt=$(mktemp -d "$TMPROOT/job.XXXXXX")
  case "$kind" in
    unit)
      # The binary prints "PASS name" or "FAIL name: why".
      $WRAP "$f" > "$jt/unit" 2>&1
      rc=$?
      while IFS= read -r line; do
        case "$line" in
          PASS\ *) ok "unit ${line#PASS }" ;;
          FAIL\ *) echo "FAIL unit ${line#FAIL }" ;;
          \ *) echo "$line" ;;
        esac
      done < "$jt/unit"
      if [ $rc != 0 ] && ! grep -q '^FAIL ' "$jt/unit"; then
        bad "unit tests exited with status $rc" "$jt/unit"
      fi
      ;;
    generative)
      # Random queries, each checked and, when accepted, run with sketches
      # and with full user sets (tests/gen/gentest.c); a fixed seed. Under
      # a memory checker fewer (500 under ASan, 100 under valgrind): the
      # same code paths, in time.
      local count=2000
      [ -n "$WRAP" ] && count=500
      case "$WRAP" in *valgrind*) count=100 ;; esac
      $WRAP "$f" --seed 1 --count $count > "$jt/gen" 2>&1
      rc=$?
      if [ $rc = 0 ] && grep -q '^PASS generative' "$jt/gen" && ! memory_error "$jt/gen"; then
        ok "$(grep -m1 '^PASS generative' "$jt/gen" | sed 's/^PASS //')"
      else
        bad "generative test (exit $rc)" "$jt/gen"
      fi
      ;;
    adversarial-run)
      # Every adversarial query through amcq run on the oracle fixture:
      # refused (exit 1), and no identifier of the fixture in what it
      # printed (tests/adversarial/leakscan.py).
      local out="$TMPROOT/adv-run" nbad=0
      mkdir -p "$out"
      for q in tests/adversarial/*.sql; do
        $WRAP "$AMCQ" run --db "$TMPROOT/oracle.db" --format csv "$q" > "$out/$(basename "$q").out" 2>&1
        rc=$?
        if [ $rc != 1 ]; then
          echo "$q: amcq run exited $rc, expected 1" >> "$jt/adv"
          nbad=$((nbad + 1))
        fi
      done
      python3 tests/adversarial/leakscan.py "$TMPROOT/oracle.db" rules/amc.json "$out"/*.out >> "$jt/adv" 2>&1 ||
        nbad=$((nbad + 1))
      # The scan finds what it looks for: a real user_id, in upper case
      # inside a word, is found.
      sqlite3 "$TMPROOT/oracle.db" "SELECT 'x' || upper(user_id) || '|' FROM dsp_clicks
                                    WHERE user_id IS NOT NULL LIMIT 1" > "$out/canary.txt"
      if python3 tests/adversarial/leakscan.py "$TMPROOT/oracle.db" rules/amc.json "$out/canary.txt" \
           > /dev/null 2>&1; then
        echo "leakscan.py did not find a user_id planted in its input" >> "$jt/adv"
        nbad=$((nbad + 1))
      fi
      if [ $nbad = 0 ] && ! memory_error "$jt/adv"; then
        ok "adversarial queries refused by amcq run, no identifier printed"
      else
        bad "adversarial queries through amcq run" "$jt/adv"
      fi
      ;;
    corpus)
      # Every corpus query parses without error; its IR matches the golden
      # dump.
      $WRAP "$AMCQ" parse "$f" > "$jt/ir" 2> "$jt/err"
      rc=$?
      if [ $rc != 0 ] || memory_error "$jt/err"; then
        bad "corpus $f: amcq parse exited with $rc" "$jt/err"
      elif grep -q 'error\[' "$jt/err"; then
        bad "corpus $f: error diagnostics" "$jt/err"
      else
        golden "corpus $f" "$jt/ir" "${f%.sql}.ir"
      fi
      ;;
    accepted)
      # Every corpus query is one AMC accepts: amcq check reports no error.
      $WRAP "$AMCQ" check --color never "$f" > "$jt/out" 2>&1
      rc=$?
      if [ $rc = 0 ] && ! grep -q 'error\[' "$jt/out" && ! memory_error "$jt/out"; then
        ok "accepted $f"
      else
        bad "accepted $f: amcq check reports errors (exit $rc)" "$jt/out"
      fi
      ;;
    rejected)
      # Every adversarial query is rejected with an error at the position
      # its "-- expect-at: LINE:COLUMN" line names.
      at=$(sed -n 's/^-- expect-at: *\([0-9]*:[0-9]*\).*/\1/p' "$f" | head -1)
      $WRAP "$AMCQ" check --color never "$f" > "$jt/out" 2>&1
      rc=$?
      if [ $rc != 1 ] || memory_error "$jt/out"; then
        bad "rejected $f: exit $rc, expected 1" "$jt/out"
      elif [ -n "$at" ] && ! grep -qE "^$f:$at: error\[" "$jt/out"; then
        echo "expected an error at $at" >> "$jt/out"
        bad "rejected $f: no error at $at" "$jt/out"
      else
        ok "rejected $f"
      fi
      ;;
    case)
      # tests/cases/*/NAME.sql is checked with `amcq check --format text`
      # (plus the options in NAME.opts); NAME.cmd holds a whole argument
      # list instead (NAME.stdin feeds standard input). Expected: stdout,
      # then stderr, then "exit N".
      base=${f%.*}
      case "$f" in
        *.sql)
          local opts=""
          [ -f "$base.opts" ] && opts=$(cat "$base.opts")
          eval "set -- check --color never $opts \"\$f\""
          ;;
        *.cmd)
          eval "set -- $(cat "$f")"
          ;;
      esac
      if [ -f "$base.stdin" ]; then
        $WRAP "$AMCQ" "$@" < "$base.stdin" > "$jt/out" 2> "$jt/err"
      else
        $WRAP "$AMCQ" "$@" < /dev/null > "$jt/out" 2> "$jt/err"
      fi
      rc=$?
      { cat "$jt/out"; [ -s "$jt/err" ] && { echo "--- stderr"; cat "$jt/err"; }; echo "--- exit $rc"; } > "$jt/actual"
      if [ $rc -ge 99 ] || memory_error "$jt/err"; then
        bad "case $f: crashed or memory error (status $rc)" "$jt/actual"
      else
        golden "case $f" "$jt/actual" "$base.expected"
      fi
      ;;
    script)
      # tests/cases/*/NAME.sh runs with $AMCQ set, in the repository root;
      # its output (stdout and stderr) and exit status are compared with
      # NAME.expected like a command case.
      base=${f%.sh}
      (export AMCQ REPO="$PWD"; bash "$f") > "$jt/out" 2>&1
      rc=$?
      { cat "$jt/out"; echo "--- exit $rc"; } > "$jt/actual"
      if memory_error "$jt/out"; then
        bad "script $f: memory error" "$jt/actual"
      else
        golden "script $f" "$jt/actual" "$base.expected"
      fi
      ;;
    hand)
      # NAME.hand holds "CODE LINE:COLUMN", worked out by hand from the text
      # of NAME.sql; amcq must report that diagnostic there.
      local sql=${f%.hand}.sql pos
      read -r code pos < "$f"
      $WRAP "$AMCQ" check --color never "$sql" > "$jt/out" 2>&1
      if grep -qE "^$sql:$pos: [a-z]+\[$code\]" "$jt/out" && ! memory_error "$jt/out"; then
        ok "position $sql"
      else
        echo "expected $code at $pos" >> "$jt/out"
        bad "position $sql" "$jt/out"
      fi
      ;;
    oracle)
      # tests/oracle/NAME.sql: amcq run keeps exactly the rows a brute-force
      # count of distinct users per path keeps (tests/oracle/check.sh).
      name=$(basename "$f" .sql)
      AMCQ_WRAP="$WRAP" KEEP_OUTPUT="$TMPROOT/oracle-out" \
        bash tests/oracle/check.sh "$AMCQ" "$TMPROOT/oracle.db" "$name" \
        > "$jt/out" 2>&1
      if [ $? = 0 ] && ! memory_error "$jt/out"; then
        ok "oracle $name"
      else
        bad "oracle $name" "$jt/out"
      fi
      ;;
    clean)
      # tests/cases/rules/CODE_pass_N.sql draws neither CODE nor any error.
      code=$(basename "$f" | cut -d_ -f1)
      $WRAP "$AMCQ" check --color never "$f" > "$jt/out" 2>&1
      if grep -qE "\[$code\]|error\[" "$jt/out" || memory_error "$jt/out"; then
        bad "clean $f: reports $code or an error" "$jt/out"
      else
        ok "clean $f"
      fi
      ;;
    doc)
      # An example of the rules reference: CODE.fail.sql must draw CODE,
      # CODE.pass.sql neither CODE nor any error.
      name=$(basename "$f")
      code=${name%%.*}
      (cd "$(dirname "$f")" && $WRAP "$AMCQ" check --color never "$name") > "$jt/out" 2>&1
      case "$name" in
        *.fail.sql)
          if grep -q "\[$code\]" "$jt/out" && ! memory_error "$jt/out"; then
            ok "docs $name"
          else
            bad "docs/rules.md: the Fails example of $code does not draw $code" "$jt/out"
          fi ;;
        *.pass.sql)
          if grep -qE "\[$code\]|error\[" "$jt/out" || memory_error "$jt/out"; then
            bad "docs/rules.md: the Passes example of $code draws $code or an error" "$jt/out"
          else
            ok "docs $name"
          fi ;;
      esac
      ;;
  esac
  rm -rf "$jt"
}

if [ "${1:-}" = "--job" ]; then
  run_job "$2" "$3"
  exit 0
fi

# ---------------------------------------------------------------------------
# The whole run.

AMCQ=$(cd "$(dirname "$1")" && pwd)/$(basename "$1")
UNIT=${2:-}
GENTEST=${3:-}
export AMCQ
export WRAP=${AMCQ_WRAP:-}
export UPDATE=${UPDATE:-0}
export NO_COLOR=1
TMPROOT=$(mktemp -d)
export TMPROOT
trap 'rm -rf "$TMPROOT"' EXIT
JOBS=${JOBS:-$(nproc 2>/dev/null || echo 2)}

# The examples of the rules reference, one file each. Examples marked
# "doctest: skip" cannot be run from the text; the files the marker names
# test the same thing.
mkdir -p "$TMPROOT/doc"
awk -v dir="$TMPROOT/doc" '
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

# The oracle cases' fixture, made once (without the memory checker: it is
# input, not a test). Under a memory checker a smaller one keeps the run
# short: the rows must still match, only the "-- expect:" boundaries of the
# reference fixture are not checked.
if [ -z "$WRAP" ]; then oracle_size="--users 3000 --days 30"; else oracle_size="--users 600 --days 10"; fi
# shellcheck disable=SC2086
"$AMCQ" gen --out "$TMPROOT/oracle.db" $oracle_size --seed 7 --quiet || {
  echo "FAIL cannot make the oracle fixture"
  echo "0 passed, 1 failed"
  exit 1
}

{
  [ -n "$UNIT" ] && echo "unit $UNIT"
  [ -n "$GENTEST" ] && echo "generative $GENTEST"
  echo "adversarial-run all"
  for f in tests/corpus/*.sql; do echo "corpus $f"; done
  for f in tests/corpus/*.sql; do echo "accepted $f"; done
  for f in tests/adversarial/*.sql; do echo "rejected $f"; done
  for f in tests/cases/*/*.sql tests/cases/*/*.cmd; do
    case "$f" in *.sql) [ -e "${f%.sql}.cmd" ] && continue ;; esac
    echo "case $f"
  done
  for f in tests/cases/*/*.sh; do echo "script $f"; done
  for f in tests/oracle/[0-9]*.sql; do
    case "$f" in *.oracle.sql|*.all.sql) ;; *) echo "oracle $f" ;; esac
  done
  # Position and clean-pass jobs run the very command of a case job on the
  # same file; under a memory checker (AMCQ_WRAP) they would only repeat it.
  if [ -z "$WRAP" ]; then
    for f in tests/cases/*/*.hand; do echo "hand $f"; done
    for f in tests/cases/rules/*_pass_*.sql; do echo "clean $f"; done
  fi
  for f in "$TMPROOT"/doc/*.sql; do echo "doc $f"; done
} | grep -v '\*' | awk '{ printf "%06d %s\n", NR, $0 }' > "$TMPROOT/jobs"

mkdir -p "$TMPROOT/results" "$TMPROOT/oracle-out"
# Progress: a line per suite (a kind of job: unit, corpus, case, oracle,
# ...) as soon as all of its jobs have run, with its counts. Jobs of a kind
# are numbered together, so suites finish roughly in order.
awk '{ if ($2 != k) { if (k != "") print k, a, b; k = $2; a = $1 } b = $1 } END { print k, a, b }' \
  "$TMPROOT/jobs" > "$TMPROOT/kinds"
progress() {
  local reported=" " kind first last n have ok bad f
  while :; do
    local all=1
    while read -r kind first last; do
      case "$reported" in *" $kind "*) continue ;; esac
      n=$((10#$last - 10#$first + 1))
      have=0
      for ((f = 10#$first; f <= 10#$last; f++)); do
        [ -e "$TMPROOT/results/$(printf %06d "$f").done" ] && have=$((have + 1))
      done
      if [ "$have" -lt "$n" ]; then all=0; continue; fi
      ok=0; bad=0
      for ((f = 10#$first; f <= 10#$last; f++)); do
        ok=$((ok + $(grep -c '^ok   ' "$TMPROOT/results/$(printf %06d "$f")" 2>/dev/null || true)))
        bad=$((bad + $(grep -c '^FAIL ' "$TMPROOT/results/$(printf %06d "$f")" 2>/dev/null || true)))
      done
      printf '  %-16s %5d passed, %d failed\n' "$kind" "$ok" "$bad"
      reported="$reported$kind "
    done < "$TMPROOT/kinds"
    [ "$all" = 1 ] && return
    sleep 2
  done
}
progress &
progress_pid=$!
# shellcheck disable=SC2016
xargs -P "$JOBS" -L 1 sh -c 'bash tests/run.sh --job "$1" "$2" > "$TMPROOT/results/$0"; : > "$TMPROOT/results/$0.done"' \
  < "$TMPROOT/jobs"
wait "$progress_pid"

# Once every oracle case has run: nothing amcq printed for them holds an
# identifier of the fixture.
if ls "$TMPROOT"/oracle-out/* > /dev/null 2>&1; then
  if python3 tests/adversarial/leakscan.py "$TMPROOT/oracle.db" rules/amc.json \
       "$TMPROOT"/oracle-out/* > "$TMPROOT/oracle-scan" 2>&1; then
    echo "ok   no identifier in the output of the oracle cases" > "$TMPROOT/results/999999"
  else
    { echo "FAIL identifiers in the output of the oracle cases"; sed 's/^/     /' "$TMPROOT/oracle-scan"; } \
      > "$TMPROOT/results/999999"
  fi
fi

pass=0
fail=0
for r in "$TMPROOT"/results/*; do
  case "$r" in *.done) continue ;; esac
  while IFS= read -r line; do
    case "$line" in
      "ok   "*) pass=$((pass + 1)); [ "${VERBOSE:-0}" = 1 ] && echo "$line" ;;
      "FAIL "*) fail=$((fail + 1)); echo "$line" ;;
      *) echo "$line" ;;
    esac
  done < "$r"
done
echo "$pass passed, $fail failed"
[ $fail = 0 ]
