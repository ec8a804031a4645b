# Names and grouping as AMC's engine resolves them, run and compared with
# the same query written out for SQLite (no thresholds: every group of
# this fixture that the comparison keeps has its users): a HAVING name
# that is an alias and not grouped, a GROUP BY ordinal naming a constant,
# a USING column read nowhere else.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 400 --days 5 --seed 3 --quiet || exit 2
same() {
  # $1 name, $2 AMC query file, $3 SQLite query (the rows amcq must keep)
  ${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet --format csv "$2" > "$1.out" 2> "$1.err"
  echo "# $1 (exit $?)"
  tail -n +2 "$1.out" > "$1.amcq"
  cat "$1.err"
  sqlite3 -csv fx.db "$3" > "$1.sqlite" || echo "sqlite3 failed"
  if [ -s "$1.sqlite" ] && cmp -s <(sort "$1.amcq" | tr -d '\r"') <(sort "$1.sqlite" | tr -d '\r"'); then
    echo "same rows ($(wc -l < "$1.sqlite") > 0)"
  else
    echo "rows differ"; diff <(sort "$1.amcq") <(sort "$1.sqlite") | head -5
  fi
}
cat > having.sql <<'SQL'
SELECT campaign, SUM(impressions) AS impressions
FROM dsp_impressions
GROUP BY campaign
HAVING impressions > 300
SQL
same having_alias having.sql "SELECT campaign, SUM(impressions) FROM dsp_impressions
  GROUP BY campaign HAVING SUM(impressions) > 300 AND COUNT(DISTINCT user_id) >= 2"
cat > ordinal.sql <<'SQL'
SELECT campaign, -1 AS campaign_id, SUM(impressions) AS impressions
FROM sponsored_ads_traffic
GROUP BY 1, 2
SQL
same ordinal_minus_one ordinal.sql "SELECT campaign, -1, SUM(impressions) FROM sponsored_ads_traffic
  GROUP BY campaign HAVING COUNT(DISTINCT user_id) >= 2"
cat > ordinal1.sql <<'SQL'
SELECT device_type, 1 AS k, COUNT(DISTINCT user_id) AS users
FROM dsp_impressions
GROUP BY 1, 2
SQL
same ordinal_one ordinal1.sql "SELECT device_type, 1, COUNT(DISTINCT user_id) FROM dsp_impressions
  GROUP BY device_type HAVING COUNT(DISTINCT user_id) >= 2"
cat > using.sql <<'SQL'
SELECT c.event_type_class, COUNT(*) AS n
FROM conversions c
JOIN sponsored_ads_traffic s USING (user_id)
GROUP BY 1
SQL
same using_only using.sql "SELECT c.event_type_class, COUNT(*) FROM conversions c
  JOIN sponsored_ads_traffic s ON s.user_id = c.user_id GROUP BY 1
  HAVING COUNT(DISTINCT c.user_id) >= 2"
