# AMC's functions through amcq run (emitter and SQLite functions together),
# each compared with the value AMC documents; every column must be true.
# Dates and times are text 'YYYY-MM-DD HH:MM:SS' (UTC) end to end.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 50 --days 2 --seed 3 --quiet || exit 2
check() {
  # $1: a name; stdin: select-list items "expr AS name" joined by commas
  { printf 'SELECT\n'; cat; printf ',\nCOUNT(*) > 0 AS any_rows\nFROM dsp_impressions\n'; } > "$1.sql"
  ${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet --format ndjson "$1.sql" > "$1.out" 2>&1
  echo "# $1 (exit $?)"
  sed 's/^{//; s/}$//; s/,"/\n"/g' "$1.out"
}
check dates <<'SQL'
DAYOFWEEK('2025-06-01 10:00:00') = 1 AS dayofweek_sunday_is_1,
DAYOFWEEK('2025-06-07') = 7 AS dayofweek_saturday_is_7,
EXTRACT(DOW FROM '2025-06-03 00:00:00') = 3 AS extract_dow,
EXTRACT(HOUR FROM '2025-06-01 23:59:58') = 23 AS extract_hour,
EXTRACT(YEAR FROM '2024-02-29') = 2024 AS extract_year,
HOUR('2025-06-01 23:59:58') = 23 AS hour_fn,
MINUTE('2025-06-01 23:59:58') = 59 AS minute_fn,
SECOND('2025-06-01 23:59:58') = 58 AS second_fn,
DAYOFMONTH('2024-02-29 12:00:00') = 29 AS dayofmonth_fn,
MONTH('2024-02-29') = 2 AS month_fn,
YEAR('2024-02-29') = 2024 AS year_fn,
WEEK('2021-01-03') = 53 AS iso_week,
SECONDS_BETWEEN('2025-06-01 00:00:00', '2025-06-02 00:00:01') = 86401 AS seconds_between_b_minus_a,
DATE_TRUNC('HOUR', '2025-06-01 10:42:13') = '2025-06-01 10:00:00' AS trunc_hour,
DATE_TRUNC('WEEK', '2025-06-01 10:42:13') = '2025-05-26 00:00:00' AS trunc_week_monday,
DATE_TRUNC('QUARTER', '2025-08-30') = '2025-07-01 00:00:00' AS trunc_quarter,
EPOCH_TO_UTC_TIMESTAMP(1748772000) = '2025-06-01 10:00:00' AS epoch_seconds,
EPOCH_TO_UTC_TIMESTAMP(1748772000000) = '2025-06-01 10:00:00' AS epoch_milliseconds,
CONVERT_TIME_ZONE_FROM_UTC('2025-07-01 12:00:00', 'America/New_York') = '2025-07-01 08:00:00' AS tz_new_york_summer,
CONVERT_TIME_ZONE_FROM_UTC('2025-01-15 12:00:00', 'America/New_York') = '2025-01-15 07:00:00' AS tz_new_york_winter,
CONVERT_TIME_ZONE_FROM_UTC('2025-03-09 06:59:59', 'America/Los_Angeles') = '2025-03-08 22:59:59' AS tz_before_us_dst,
CONVERT_TIME_ZONE_FROM_UTC('2025-03-09 10:00:00', 'America/Los_Angeles') = '2025-03-09 03:00:00' AS tz_after_us_dst,
CONVERT_TIME_ZONE_FROM_UTC('2025-07-01 12:00:00', 'Europe/Paris') = '2025-07-01 14:00:00' AS tz_paris_summer,
CONVERT_TIME_ZONE_FROM_UTC('2025-07-01 12:00:00', 'Asia/Kolkata') = '2025-07-01 17:30:00' AS tz_kolkata,
CONVERT_TIME_ZONE_FROM_UTC('2025-07-01 12:00:00', '-08:00') = '2025-07-01 04:00:00' AS tz_fixed_offset,
CAST('2025-06-03 10:00:00' AS DATE) = '2025-06-03' AS cast_timestamp_to_date,
CAST('2025-06-03' AS TIMESTAMP) = '2025-06-03 00:00:00' AS cast_date_to_timestamp,
CAST('today' AS DATE) = CURRENT_DATE AS cast_today_is_current_date,
LENGTH(CAST('now' AS TIMESTAMP)) = 19 AS cast_now_is_a_timestamp,
CAST('not a date' AS DATE) IS NULL AS bad_cast_is_null
SQL
check strings <<'SQL'
CONCAT('a', 'b', 'c') = 'abc' AS concat_fn,
'a' || 'b' = 'ab' AS concat_op,
LEFT('héllo', 2) = 'hé' AS left_counts_characters,
RIGHT('héllo', 3) = 'llo' AS right_fn,
SUBSTRING('campaign' FROM 2 FOR 3) = 'amp' AS substring_from_for,
SUBSTRING('campaign', 5) = 'aign' AS substring_two_args,
STRPOS('campaign', 'pa') = 4 AS strpos_fn,
POSITION('pa' IN 'campaign') = 4 AS position_in,
CHARINDEX('pa', 'campaign') = 4 AS charindex_fn,
LOCATE('x', 'campaign') = 0 AS locate_not_found_is_0,
UPPER('abc') = 'ABC' AS upper_fn,
LOWER('ABC') = 'abc' AS lower_fn,
TRIM('  a  ') = 'a' AS trim_fn,
LTRIM('  a') = 'a' AS ltrim_fn,
RTRIM('a  ') = 'a' AS rtrim_fn,
REPLACE('a-b-c', '-', '+') = 'a+b+c' AS replace_fn,
LENGTH('héllo') = 5 AS length_counts_characters,
('Brand' LIKE 'brand') = FALSE AS like_is_case_sensitive,
'Brand_A 2025' LIKE 'Brand%' AS like_wildcard,
'BRAND_A Prime' SIMILAR TO '^BRAND_A.*' AS similar_regex,
('BRAND_A Prime' SIMILAR TO 'BRAND_A') = FALSE AS similar_matches_whole_value,
'x BRAND' NOT SIMILAR TO 'BRAND.*' AS not_similar,
REGEXP_REPLACE('Prime Day 2025', '(\d+)', '<$1>') = 'Prime Day <2025>' AS regexp_replace_groups,
REGEXP_REPLACE('a1b22c', '\d', '') = 'abc' AS regexp_replace_all,
REGEXP_SUBSTR('Prime Day 2025', '\d+') = '2025' AS regexp_substr_fn,
REGEXP_SUBSTR('a1 b22 c333', '\d+', 1, 2) = '22' AS regexp_substr_occurrence,
REGEXP_SUBSTR('abc', '\d') IS NULL AS regexp_substr_no_match,
REGEXP_SPLIT('a, b,c', ',\s*') = '["a","b","c"]' AS regexp_split_to_array,
MD5('abc') = '900150983cd24fb0d6963f7d28e17f72' AS md5_fn,
SHA1('abc') = 'a9993e364706816aba3e25717850c26c9cd0d89d' AS sha1_fn,
HASH64('abc') = HASH64('abc') AND HASH64('abc') <> HASH64('abd') AS hash64_fn,
LENGTH(UUID()) = 36 AS uuid_fn,
FORMAT('%d-%s', 7, 'x') = '7-x' AS format_fn
SQL
check numbers <<'SQL'
CEIL(1.2) = 2 AS ceil_fn,
FLOOR(-1.2) = -2 AS floor_fn,
ROUND(2.567, 2) = 2.57 AS round_fn,
ABS(-3) = 3 AS abs_fn,
POWER(2, 10) = 1024 AS power_fn,
SQRT(16) = 4 AS sqrt_fn,
ROUND(LN(E()), 9) = 1 AS ln_e_is_1,
LOG10(1000) = 3 AS log10_fn,
ROUND(LOG(EXP(2)), 9) = 2 AS log_one_argument_is_natural,
LOG(2, 8) = 3 AS log_base,
TRUNC(2.7) = 2 AS trunc_fn,
RANDOM() >= 0 AND RANDOM() < 1 AS random_in_0_1,
GREATEST(1, NULL, 3) = 3 AS greatest_skips_null,
LEAST(4, NULL, 2) = 2 AS least_skips_null,
GREATEST(NULL, NULL) IS NULL AS greatest_all_null
SQL
check conditionals <<'SQL'
IF(1 > 0, 'yes', 'no') = 'yes' AS if_fn,
NVL(NULL, 'b') = 'b' AS nvl_fn,
NVL2(NULL, 'x', 'y') = 'y' AS nvl2_null,
NVL2(1, 'x', 'y') = 'x' AS nvl2_not_null,
COALESCE(NULL, NULL, 3) = 3 AS coalesce_fn,
IFNULL(NULL, 2) = 2 AS ifnull_fn,
NULLIF(2, 2) IS NULL AS nullif_fn,
CONTAINED_IN(3, 1, 2, 3) AS contained_in_fn,
CONTAINED_IN('b', 'a', 'c') = FALSE AS contained_in_false,
CASE WHEN 1 = 2 THEN 'a' ELSE 'b' END = 'b' AS case_fn,
3 IN (1, 2, 3) AS in_list,
2 BETWEEN 1 AND 3 AS between_fn
SQL
check arrays <<'SQL'
CARDINALITY(ARRAY['a', 'b', 'c']) = 3 AS cardinality_fn,
ARRAY_CONTAINS(ARRAY['a', 'b'], 'b') AS array_contains_fn,
ARRAY_TO_STRING(ARRAY['a', 'b', 'c'], '|') = 'a|b|c' AS array_to_string_fn,
ARRAY_DISTINCT(ARRAY['a', 'b', 'a']) = '["a","b"]' AS array_distinct_fn,
ARRAY_SORT(ARRAY['c', 'a', 'b']) = '["a","b","c"]' AS array_sort_fn,
ARRAY_UNION(ARRAY['a', 'b'], ARRAY['b', 'c']) = '["a","b","c"]' AS array_union_fn,
ARRAY_INTERSECT(ARRAY['a', 'b'], ARRAY['b', 'c']) = '["b"]' AS array_intersect_fn,
ARRAY_CAT(ARRAY['a'], ARRAY['a', 'b']) = '["a","a","b"]' AS array_cat_fn,
ARRAY_COMPLEMENT(ARRAY['a', 'b', 'c'], ARRAY['b']) = '["a","c"]' AS array_complement_fn,
ARRAY_REMOVE(ARRAY['a', 'b', 'a'], 'a') = '["b"]' AS array_remove_fn,
(ARRAY['x', 'y', 'z'])[2] = 'y' AS subscript_is_one_based
SQL
check other <<'SQL'
NAMED_ROW('a', 1, 'b', 'x') = '{"a":1,"b":"x"}' AS named_row_fn,
STR_TO_MAP('a:1,b:2') = '{"a":"1","b":"2"}' AS str_to_map_defaults,
STR_TO_MAP('a=1;b=2', ';', '=') = '{"a":"1","b":"2"}' AS str_to_map_delimiters,
FLATTEN(ARRAY[ARRAY[1, 2], ARRAY[3]]) = '[1,2,3]' AS flatten_fn,
JSON_EXTRACT('{"a": {"b": 5}}', '$.a.b') = 5 AS json_extract_fn
SQL
echo "# EXPLODE: one row per element; rows with empty arrays go"
cat > explode.sql <<'SQL'
WITH words AS (
  SELECT user_id, EXPLODE(REGEXP_SPLIT(campaign, ' ')) AS word
  FROM dsp_impressions
)
SELECT word, COUNT(DISTINCT user_id) > 0 AS seen
FROM words
WHERE word IN ('BRAND_A', 'BRAND_B')
GROUP BY word
SQL
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet --format csv explode.sql
echo "exit $?"
cat > stats.sql <<'SQL'
WITH v (x) AS (VALUES (2), (4), (4), (4), (5), (5), (7), (9))
SELECT ROUND(STDDEV_POP(x), 9) = 2 AS stddev_pop_fn, ROUND(VAR_POP(x), 9) = 4 AS var_pop_fn,
       ROUND(STDDEV(x), 6) = 2.13809 AS stddev_is_sample,
       MEDIAN(x) = 4.5 AS median_fn, PERCENTILE(x, 0.5) = 4.5 AS percentile_fn,
       COUNT(*) = 8 AS count_fn, COUNT(DISTINCT x) = 5 AS count_distinct_fn,
       SUM(x) = 40 AS sum_fn, AVG(x) = 5 AS avg_fn, MIN(x) = 2 AS min_fn, MAX(x) = 9 AS max_fn
FROM v
SQL
echo "# statistics"
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet --format ndjson stats.sql | sed 's/^{//; s/}$//; s/,"/\n"/g'
echo "# unknown time zone"
printf "SELECT CONVERT_TIME_ZONE_FROM_UTC('2025-07-01 12:00:00', 'Mars/Olympus') AS t, COUNT(*) AS n FROM dsp_impressions\n" > tz.sql
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db tz.sql
echo "exit $?"
echo "# invalid regular expression"
printf "SELECT campaign SIMILAR TO '([' AS m, COUNT(*) AS n FROM dsp_impressions GROUP BY 1\n" > re.sql
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db re.sql
echo "exit $?"
