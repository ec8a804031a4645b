# amcq run on audience queries: the size is the exact number of distinct
# users the query selects (recomputed here with SQLite over the fixture's
# own views), AMC's verdict follows the policy's counts at their
# boundaries (created at the minimum, not one below; the warning below the
# recommended size; a lookalike seed's bounds), the exit status is 0 when
# AMC would create the audience and 1 when not, first-party tables take
# part under their own names, and no output holds a user id.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 1500 --days 6 --seed 11 --quiet || exit 2
run() { # $1 name, then amcq run options; prints exit status, stdout and stderr
  n=$1; shift
  ${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --format csv "$@" > "$n.out" 2> "$n.err"
  echo "$?" > "$n.rc"
}
size_of() { tail -n +2 "$1.out" | cut -d, -f1; }
policy() { # $1 file, $2 min, $3 recommended, $4 lookalike min, $5 lookalike max
  printf '{"extends": "amc", "dialect": {"audience_min_users": %s, "audience_recommended_users": %s, "lookalike_min_users": %s, "lookalike_max_users": %s}}\n' "$2" "$3" "$4" "$5" > "$1"
}
fail=0
# Generated audiences: every campaign's users seen at least K times.
sqlite3 fx.db "SELECT DISTINCT campaign_id FROM dsp_impressions ORDER BY campaign_id" > campaigns
k=0
for cid in $(head -4 campaigns); do
  for times in 1 2 3; do
    k=$((k + 1))
    printf 'SELECT user_id\nFROM dsp_impressions_for_audiences\nWHERE campaign_id = %s\nGROUP BY user_id\nHAVING COUNT(*) >= %s\n' "$cid" "$times" > q$k.sql
    want=$(sqlite3 fx.db "SELECT COUNT(*) FROM (SELECT user_id FROM dsp_impressions WHERE campaign_id = $cid AND deal_id IS NULL AND user_id IS NOT NULL GROUP BY user_id HAVING COUNT(*) >= $times)")
    run a$k q$k.sql
    got=$(size_of a$k)
    rc=$(cat a$k.rc)
    wantrc=$([ "$want" -ge 2000 ] && echo 0 || echo 1)
    if [ "$got" != "$want" ] || [ "$rc" != "$wantrc" ]; then
      echo "q$k: size $got exit $rc, expected $want exit $wantrc"; fail=1
    fi
  done
done
echo "generated audiences: $k, sizes and verdicts as SQLite counts them$([ $fail = 0 ] && echo ", all same")"
# One audience, every boundary of the policy around its size N.
cat > all.sql <<'SQL'
SELECT user_id FROM dsp_impressions_for_audiences
UNION
SELECT user_id FROM dsp_clicks_for_audiences
SQL
N=$(sqlite3 fx.db "SELECT COUNT(*) FROM (SELECT user_id FROM dsp_impressions WHERE deal_id IS NULL AND user_id IS NOT NULL UNION SELECT user_id FROM dsp_clicks WHERE deal_id IS NULL AND user_id IS NOT NULL)")
boundary() { # $1 name, policy counts..., expected exit, expected words
  name=$1; policy p.json "$2" "$3" "$4" "$5"; shift 5
  run "$name" --policy p.json "$@"
}
boundary at_min "$N" "$((N + 1))" 1 "$N" all.sql
boundary below_min "$((N + 1))" "$((N + 1))" 1 "$N" all.sql
boundary at_recommended 1 "$N" 1 "$N" all.sql
boundary seed_at_max 1 1 "$N" "$N" --lookalike all.sql
boundary seed_below_min 1 1 "$((N + 1))" "$((N + 2))" --lookalike all.sql
boundary seed_above_max 1 1 1 "$((N - 1))" --lookalike all.sql
for name in at_min below_min at_recommended seed_at_max seed_below_min seed_above_max; do
  [ "$(size_of $name)" = "$N" ] || echo "$name: size $(size_of $name), expected N"
  echo "# $name: exit $(cat $name.rc), created $(tail -n +2 $name.out | cut -d, -f2)"
  sed -E -e ':a' -e 's/([0-9]),([0-9]{3})/\1\2/' -e 'ta' "$name.err" |
    sed -e "s/\b$N\b/N/g" -e "s/\b$((N + 1))\b/N+1/g" -e "s/\b$((N + 2))\b/N+2/g" \
        -e "s/\b$((N - 1))\b/N-1/g"
done
# First-party tables in audience queries, under their own names: a CRM of
# 2,600 people, 520 of them gold.
cat > crm.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"}
]}
JSON
echo "tier,user_id" > crm.csv
for i in $(seq 1 2600); do echo "$([ $((i % 5)) = 0 ] && echo gold || echo silver),person-$i"; done >> crm.csv
cp fx.db fx0.db
${AMCQ_WRAP:-} "$AMCQ" load --db fx.db --table crm --schema crm.json crm.csv > /dev/null 2>&1 || echo "load failed"
cat > fp_join.sql <<'SQL'
SELECT c.user_id
FROM crm c
JOIN dsp_impressions_for_audiences i ON i.user_id = c.user_id
WHERE c.tier = 'gold'
GROUP BY c.user_id
SQL
run fp_join fp_join.sql
want=$(sqlite3 fx.db "SELECT COUNT(DISTINCT c.user_id) FROM crm c JOIN dsp_impressions i ON i.user_id = c.user_id AND i.deal_id IS NULL WHERE c.tier = 'gold'")
echo "# first-party join: exit $(cat fp_join.rc), size $([ "$(size_of fp_join)" = "$want" ] && echo "as SQLite counts it" || echo "$(size_of fp_join), expected $want")"
printf "SELECT user_id FROM crm WHERE tier = 'silver'\n" > fp_only.sql
run fp_only_analytics fp_only.sql
echo "# first-party alone, not said to be an audience: exit $(cat fp_only_analytics.rc)"
grep -o "error\[AMC10[0-9]\]" fp_only_analytics.err | sort -u
# The built-in counts: 2,600 users (created), 2,080 (created, with the
# warning), 520 (not created; a lookalike seed).
printf "SELECT user_id FROM crm\n" > fp_all.sql
printf "SELECT user_id FROM crm WHERE tier = 'gold'\n" > fp_gold.sql
for q in fp_all fp_only fp_gold; do
  run "$q" --audience "$q.sql"
  echo "# $q with --audience: exit $(cat $q.rc)"; cat "$q.err"
done
run fp_seed --lookalike fp_gold.sql
echo "# fp_gold as a lookalike seed: exit $(cat fp_seed.rc)"; cat fp_seed.err
printf "SELECT c.user_id FROM crm c JOIN dsp_clicks k ON k.user_id = c.user_id\n" > fp_analytics.sql
run fp_analytics --audience fp_analytics.sql
echo "# with an analytics table: exit $(cat fp_analytics.rc)"
grep -o "error\[AMC106\].*" fp_analytics.err
# Not an audience: --lookalike refuses; --sandbox refuses an audience.
printf "SELECT campaign, COUNT(DISTINCT user_id) AS users FROM dsp_impressions GROUP BY campaign\n" > reach.sql
run not_audience --lookalike reach.sql
echo "# --lookalike on an analytics query: exit $(cat not_audience.rc)"; cat not_audience.err
run sandboxed --db fx0.db --sandbox all.sql
echo "# --sandbox on an audience query: exit $(cat sandboxed.rc)"; cat sandboxed.err
# JSON: the same two values; never an id in any output.
run json --format json all.sql
sed -e "s/$N/N/" json.out
sqlite3 fx.db "SELECT user_id FROM amcq_d_user WHERE user_id IS NOT NULL" > ids
if cat ./*.out ./*.err | grep -i -o -w -F -f ids | head -1 | grep -q .; then echo "a user id was printed"; else echo "no user id in any output"; fi
