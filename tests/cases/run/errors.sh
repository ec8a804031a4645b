# Bad input to amcq run: one clear message each, exit 2 (1 when AMC would
# reject the query), and the fixture never changes.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 50 --days 2 --seed 3 --quiet || exit 2
sum_before=$(cksum < fx.db)
printf 'SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign\n' > ok.sql
run() { echo "\$ amcq run $*"; ${AMCQ_WRAP:-} "$AMCQ" run "$@"; echo "exit $?"; }
run --db missing.db ok.sql
printf 'this is not a database at all, just some bytes that go on and on and on for a while....................................................................' > junk.db
run --db junk.db ok.sql
sqlite3 plain.db 'CREATE TABLE t(x)'
run --db plain.db ok.sql
run --db . ok.sql
run --db fx.db missing.sql
run --db fx.db
run --db fx.db ok.sql ok.sql
run --db fx.db --bogus ok.sql
run --db fx.db --timeout abc ok.sql
run --db fx.db --max-rows 0 ok.sql
run --db fx.db --time-window 2025-06-01 ok.sql
run --db fx.db --time-window yesterday today ok.sql
run --db fx.db --time-window 2025-06-02 2025-06-01 ok.sql
run --db fx.db --param novalue ok.sql
run --db fx.db --execution e.json ok.sql
printf 'SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id\n' > leak.sql
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db leak.sql 2>&1 | head -2
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db leak.sql > /dev/null 2>&1; echo "leak exit $?"
printf 'SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE campaign = CUSTOM_PARAMETER(%s) GROUP BY campaign\n' "'camp'" > param.sql
run --db fx.db param.sql
printf 'SELECT campaign, COUNT(*) AS n FROM dsp_impressions\nWHERE campaign = ANY (SELECT campaign FROM dsp_clicks)\nGROUP BY campaign\n' > unsupported.sql
run --db fx.db unsupported.sql
run --db fx.db --max-rows 2 ok.sql
[ "$(cksum < fx.db)" = "$sum_before" ] && echo "fixture unchanged"
