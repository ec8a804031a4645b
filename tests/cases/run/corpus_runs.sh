# amcq run on every accepted corpus query succeeds on the default fixture.
# A query is accepted when `amcq check --color never FILE` exits 0 (decided
# here, file by file, not from a list). Each accepted query runs with a
# value for every CUSTOM_PARAMETER it names (values found in the fixture);
# it succeeds when amcq run exits 0, or, for an audience query (one reading
# a *_for_audiences table; run with --lookalike when its text says it is a
# lookalike seed), when it exits 0 or 1 and prints the audience's size and
# AMC's verdict. Never exit 2, no error and no memory checker report on
# standard error.
#
# The fixture is amcq gen's default (users and days as src/gen.h defines
# them). Under a memory checker (AMCQ_WRAP, or ASAN_OPTIONS/UBSAN_OPTIONS
# as `make test-asan` sets them) or with AMCQ_SMALL=1 it is 600 users over
# 10 days: the same queries through the same code, in time. So that the
# output is the same either way, it holds no row count or audience size.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2

users=$(sed -n 's/^#define GEN_DEFAULT_USERS \([0-9]*\).*/\1/p' "$REPO/src/gen.h" 2>/dev/null)
days=$(sed -n 's/^#define GEN_DEFAULT_DAYS \([0-9]*\).*/\1/p' "$REPO/src/gen.h" 2>/dev/null)
users=${users:-5000}
days=${days:-30}
if [ -n "${AMCQ_WRAP:-}${AMCQ_SMALL:-}${ASAN_OPTIONS:-}${UBSAN_OPTIONS:-}" ]; then
  users=600 days=10
fi
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users "$users" --days "$days" --quiet || exit 2

mkdir res
# One corpus query ($1): check, then run when accepted; the verdict lands
# in res/NAME (one line, then whatever explains a failure).
one() {
  local f=$1 name rc p v aud="" why="" opts=()
  name=$(basename "$f")
  ${AMCQ_WRAP:-} "$AMCQ" check --color never "$f" > "$name.chk" 2>&1
  rc=$?
  if [ $rc != 0 ]; then
    echo "$name: not accepted (amcq check exited $rc), not run" > "res/$name"
    grep -E 'AddressSanitizer|LeakSanitizer|runtime error:|==[0-9]+== ' "$name.chk" >> "res/$name"
    return
  fi
  # Values the fixture holds: two DSP campaigns and a sponsored ads one,
  # line items with VIDEO impressions, the ASINs bought most, in-market
  # segments. A name not listed here fails the query.
  for p in $(grep -oiE "custom_parameter *\( *'[a-z_0-9]+'" "$f" | sed -E "s/.*'(.*)'/\1/" | sort -u); do
    case "$p" in
      campaign_ids) v='[581000000017,581000001017,771000000009]' ;;
      campaign_id) v=581000000017 ;;
      line_item_ids) v='[591000000103,591000000603]' ;;
      line_items) v='[591000000003,591000000103]' ;;
      asins|promoted_asins) v='["B0001A2B3C","B0001A4A2B"]' ;;
      hero_asins) v='["B0001A2B3C"]' ;;
      accessory_asins) v='["B0001A4A2B","B0001A691A"]' ;;
      segment_ids) v='[412001,412002]' ;;
      focus_segment_id) v=412001 ;;
      brand_name) v=BRAND_A ;;
      budget) v=50000 ;;
      creative_type) v=VIDEO ;;
      lookback_days) v=14 ;;
      *) echo "$name: FAIL: no value for CUSTOM_PARAMETER('$p') in corpus_runs.sh" > "res/$name"; return ;;
    esac
    opts+=(--param "$p=$v")
  done
  if grep -qi '_for_audiences' "$f"; then
    aud=audience
    grep -qi 'lookalike seed' "$f" && { aud="lookalike seed"; opts+=(--lookalike); }
  fi
  ${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format csv ${opts[@]+"${opts[@]}"} "$f" > "$name.out" 2> "$name.err"
  rc=$?
  if grep -qE 'AddressSanitizer|LeakSanitizer|runtime error:|==[0-9]+== ' "$name.err"; then
    why="memory checker report"
  elif [ -z "$aud" ] && [ $rc != 0 ]; then
    why="exit $rc"
  elif [ -n "$aud" ] && [ $rc != 0 ] && [ $rc != 1 ]; then
    why="exit $rc"
  elif grep -qiw 'error' "$name.err"; then
    why="exit $rc, an error on standard error"
  elif [ -n "$aud" ] && ! grep -qE "^amcq: (audience|lookalike seed) of " "$name.err"; then
    why="exit $rc, no audience size printed"
  fi
  if [ -z "$why" ]; then
    if [ -n "$aud" ]; then
      echo "$name: ok ($aud size and verdict printed)" > "res/$name"
    else
      echo "$name: ok" > "res/$name"
    fi
  else
    {
      echo "$name: FAIL ($why)"
      printf '  command: amcq run --db fx.db --format csv'
      for v in ${opts[@]+"${opts[@]}"}; do
        case "$v" in *[!A-Za-z0-9_=.,/:-]*) printf " '%s'" "$v" ;; *) printf ' %s' "$v" ;; esac
      done
      echo " tests/corpus/$name"
      grep -E '^amcq: |error|Sanitizer|==[0-9]+== ' "$name.err" | head -20 | sed 's/^/  /'
    } > "res/$name"
  fi
}
export -f one

printf '%s\n' "$REPO"/tests/corpus/*.sql | xargs -P 2 -I{} bash -c 'one "$1"' _ {}

accepted=0 failed=0
for f in "$REPO"/tests/corpus/*.sql; do
  r="res/$(basename "$f")"
  if [ ! -s "$r" ]; then
    echo "$(basename "$f"): FAIL (no result)"; accepted=$((accepted + 1)); failed=$((failed + 1)); continue
  fi
  cat "$r"
  case "$(head -1 "$r")" in
    *": not accepted "*) ;;
    *": ok"*) accepted=$((accepted + 1)) ;;
    *) accepted=$((accepted + 1)); failed=$((failed + 1)) ;;
  esac
done
echo "$accepted accepted corpus queries ran, $failed failed"
