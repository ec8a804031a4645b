# Errors never echo the data: a VERY_HIGH value fed to a function where an
# invalid argument stops the run (a regex pattern, a time zone, a date
# unit, a JSON path or document) must not appear in the error message,
# nor SQLite's own words, which quote values. Each query is run and its
# output searched for every identifier of the fixture.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 30 --days 1 --seed 5 --quiet || exit 2
sqlite3 fx.db "SELECT DISTINCT user_id FROM dsp_impressions WHERE user_id IS NOT NULL
               UNION SELECT DISTINCT device_id FROM dsp_impressions WHERE device_id IS NOT NULL
               UNION SELECT DISTINCT request_tag FROM dsp_impressions" > ids.txt
echo "identifiers in the fixture: $(wc -l < ids.txt | tr -d ' ')"
n=0
for col in user_id device_id request_tag; do
  for expr in \
    "DATE_TRUNC($col, impression_dt_utc)" \
    "CONVERT_TIME_ZONE_FROM_UTC(impression_dt_utc, $col)" \
    "REGEXP_LIKE(campaign, CONCAT('(', $col))" \
    "REGEXP_REPLACE(campaign, CONCAT('[', $col), 'x')" \
    "REGEXP_EXTRACT(campaign, CONCAT($col, '\\\\'))" \
    "CAST($col AS DATE)" \
    "CAST($col AS TIMESTAMP)" \
    "TO_TIMESTAMP($col, 'YYYY')" \
    "JSON_EXTRACT(campaign, $col)" \
    "JSON_EXTRACT($col, CONCAT('$.', campaign))" \
    "REGEXP_SUBSTR(campaign, CONCAT(campaign, $col, ')'))" \
    "IF(campaign SIMILAR TO CONCAT(campaign, $col, '('), 1, 0)"; do
    n=$((n + 1))
    printf 'SELECT COUNT(*) AS n FROM dsp_impressions WHERE %s IS NOT NULL\n' "$expr" > q$n.sql
    ${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format csv q$n.sql > out$n.txt 2>&1
    rc=$?
    # one line per query: what the run said, never what the data holds
    printf '%s -> exit %s: %s\n' "$expr" "$rc" "$(grep -v '^ *[|=]\|^[0-9]* |' out$n.txt | grep -m1 'amcq\|^n$\|^[0-9]' | cut -c1-120)"
  done
done
cat out*.txt > all.txt
echo "queries run: $n"
echo "identifiers printed: $(grep -c -F -f ids.txt all.txt)"
