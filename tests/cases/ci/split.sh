# Several statements in one .sql file: an error (AMC006) unless --split,
# which checks each statement on its own with positions in the file.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
cat > many.sql <<'SQL'
-- reach by campaign
SELECT campaign, COUNT(DISTINCT user_id) AS reach
FROM dsp_impressions
GROUP BY campaign;

-- a leak, on line 7
SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id;
SELECT campaign, COUNT(*) AS n
FROM dsp_clicks WHERE postal_code = '10001' GROUP BY campaign;
;
SQL
${AMCQ_WRAP:-} "$AMCQ" check --color never --format github many.sql
echo "exit $?"
${AMCQ_WRAP:-} "$AMCQ" check --color never --format github --split many.sql
echo "exit $?"
printf 'SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign;\n' > one.sql
${AMCQ_WRAP:-} "$AMCQ" check --color never --split one.sql
echo "exit $?"
printf '  ;\n-- nothing\n' > none.sql
${AMCQ_WRAP:-} "$AMCQ" check --color never --split none.sql
echo "exit $?"
