# .amcq.json inheritance: the nearest file wins unless it says "extends";
# an extended file's settings are merged under the nearer file's (scalars
# and each rule or parameter: the nearer file wins; excludes add up, each
# relative to the file that wrote it; a policy is relative to its file);
# chains are followed, cycles and unreadable files stop the run (exit 2).
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
mkdir -p repo/policies repo/build repo/team/build repo/team/drafts repo/team/sub repo/solo
warn='SELECT city_name, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions GROUP BY city_name, impression_dt'
bad='SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE postal_code = 1 GROUP BY campaign'
crm='SELECT tier, COUNT(DISTINCT user_id) AS n FROM crm GROUP BY tier'
echo "$bad" > repo/build/gen.sql
echo "$bad" > repo/team/build/kept.sql
echo "$bad" > repo/team/drafts/wip.sql
echo "$bad" > repo/team/scratch.tmp.sql
echo "$warn" > repo/team/t.sql
echo "$crm" > repo/team/crm.sql
echo "$warn" > repo/team/sub/s.sql
echo "$crm" > repo/team/sub/crm.sql
echo "$warn" > repo/solo/s.sql
echo "$crm" > repo/solo/crm.sql
cat > repo/policies/crm.json <<'JSON'
{"extends": "amc", "tables": [{"name": "crm", "user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"}]}]}
JSON
cat > repo/.amcq.json <<'JSON'
{"root": true, "policy": "policies/crm.json", "exclude": ["/build", "*.tmp.sql"],
 "rules": {"AMC301": "error", "AMC302": "off"}}
JSON
cat > repo/team/.amcq.json <<'JSON'
{"extends": "../.amcq.json", "exclude": ["drafts/"], "rules": {"fine-timestamp-group": "warning"}}
JSON
cat > repo/team/sub/.amcq.json <<'JSON'
{"extends": "../.amcq.json", "rules": {"AMC301": "warning"}}
JSON
cat > repo/solo/.amcq.json <<'JSON'
{"rules": {"AMC303": "error"}}
JSON
run() { echo "\$ amcq check $*"; ${AMCQ_WRAP:-} "$AMCQ" check --color never --format github "$@"; echo "exit $?"; }
echo "# team/ extends repo/: AMC301 stays an error, AMC302 is back on, the policy is"
echo "# repo/'s, repo/'s /build is repo/build only (team/build is checked), *.tmp.sql"
echo "# and team/'s drafts/ are excluded"
run repo/team
echo "# a chain: sub/ extends team/, which extends repo/; sub/ lowers AMC301 again"
run repo/team/sub
echo "# solo/ says no extends: only its own settings (no policy, AMC301 a warning)"
run repo/solo
echo "# --config takes a file that extends, with paths relative to it"
run --config repo/team/.amcq.json repo/solo/s.sql repo/solo/crm.sql
echo "# an absolute path"
printf '{"extends": "%s/repo/.amcq.json"}' "$d" > repo/solo/.amcq.json
run repo/solo/s.sql
echo "# errors: each names the file and the key; an error in an extended file names that file"
bad_config() {
  printf '%s' "$1" > repo/solo/.amcq.json
  run repo/solo/s.sql 2>&1 | sed "s|$d|TMP|g"
}
bad_config '{"extends": "./.amcq.json"}'
printf '{"extends": "solo/.amcq.json"}' > repo/.amcq.json
bad_config '{"extends": "../.amcq.json"}'
printf '{"extends": "b.json"}' > repo/a.json
printf '{"extends": "./a.json"}' > repo/b.json
bad_config '{"extends": "../a.json"}'
printf '{"rules": {"AMC999": "off"}}' > repo/a.json
bad_config '{"extends": "../a.json"}'
bad_config '{"extends": "../missing/base.json"}'
bad_config '{"extends": "/no/such/dir/base.json"}'
bad_config '{"extends": 3}'
bad_config '{"extends": ""}'
bad_config '{"extends": ["../a.json"]}'
bad_config '{"root": "yes"}'
printf '{"rules": {"AMC301": "error"}}' > repo/a.json
bad_config '{"extends": "../a.json", "rules": {"AMC105": "off"}}'
bad_config '{"extends": "../a.json", "extend": "../b.json"}'
bad_config '{"extends": "../a.json", "extends": "../b.json"}'
echo "# amcq run: the time window and parameters of the chain, the nearer file's first"
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 200 --days 7 --seed 3 --quiet || exit 2
mkdir -p q/sub
echo '{"time_window": {"start": "2025-06-03", "end": "2025-06-05"}, "params": {"label": "base", "brand": "BASE"}}' > q/.amcq.json
echo '{"extends": "../.amcq.json", "params": {"label": "sub"}}' > q/sub/.amcq.json
printf "SELECT CUSTOM_PARAMETER('label') AS label, CUSTOM_PARAMETER('brand') AS brand,\n  MIN(impression_date_utc) AS d0, MAX(impression_date_utc) AS d1\nFROM dsp_impressions\n" > q/sub/q.sql
${AMCQ_WRAP:-} "$AMCQ" run --db fx.db --quiet q/sub/q.sql
echo "exit $?"
