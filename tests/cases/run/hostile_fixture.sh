# A fixture is data, not code amcq trusts: a view that tries to read the
# pseudonymization key, a view calling a function amcq does not allow, or a
# table that is not what the catalog says stops the run with a message
# (exit 2), and the fixture file is never written.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 50 --days 2 --seed 3 --quiet || exit 2
printf 'SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign\n' > q.sql
cp fx.db key.db
sqlite3 key.db "DROP VIEW dsp_impressions;
  CREATE VIEW dsp_impressions AS SELECT value AS campaign, value AS user_id FROM amcq_meta;"
sum=$(cksum < key.db)
${AMCQ_WRAP:-} "$AMCQ" run --db key.db q.sql
echo "exit $?"
[ "$(cksum < key.db)" = "$sum" ] && echo "unchanged"
cp fx.db schema.db
sqlite3 schema.db "DROP VIEW dsp_impressions;
  CREATE VIEW dsp_impressions AS SELECT name AS campaign, name AS user_id FROM sqlite_master;"
${AMCQ_WRAP:-} "$AMCQ" run --db schema.db q.sql
echo "exit $?"
cp fx.db wrong.db
sqlite3 wrong.db "DROP VIEW dsp_impressions; CREATE TABLE dsp_impressions(x);"
${AMCQ_WRAP:-} "$AMCQ" run --db wrong.db q.sql
echo "exit $?"
cp fx.db ro.db
chmod 444 ro.db
${AMCQ_WRAP:-} "$AMCQ" run --db ro.db --quiet q.sql > /dev/null
echo "read-only file: exit $?"
