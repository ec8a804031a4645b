# .amcq.json: the nearest one above each file wins; --config overrides;
# excludes are gitignore-style globs; warnings can be turned off or raised,
# errors never lowered; invalid configurations name the file and the key.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
mkdir -p repo/team/drafts repo/team/sub repo/vendor repo/build/x
warn='SELECT city_name, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions GROUP BY city_name'
bad='SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE postal_code = 1 GROUP BY campaign'
echo "$warn" > repo/top.sql
echo "$warn" > repo/team/t.sql
echo "$warn" > repo/team/sub/s.sql
echo "$bad" > repo/team/drafts/wip.sql
echo "$bad" > repo/vendor/v.sql
echo "$bad" > repo/build/x/gen.sql
echo "$bad" > repo/team/scratch.tmp.sql
cat > repo/.amcq.json <<'JSON'
{"exclude": ["vendor/", "/build", "*.tmp.sql"], "rules": {"AMC301": "error"}}
JSON
cat > repo/team/.amcq.json <<'JSON'
{"exclude": ["drafts/**"], "rules": {"thresholded-output": "off"}}
JSON
run() { echo "\$ amcq check $*"; ${AMCQ_WRAP:-} "$AMCQ" check --color never --format github "$@"; echo "exit $?"; }
echo "# nearest config per file: top.sql raised to error, team/ silenced, excludes apply"
run repo
echo "# a file named on the command line is checked even if excluded"
run repo/vendor/v.sql
echo "# --config overrides every .amcq.json"
echo '{}' > plain.json
run --config plain.json repo
echo "# invalid configurations"
for c in '{"rules": {"AMC105": "warning"}}' '{"rules": {"AMC999": "off"}}' \
         '{"rules": {"AMC301": "loud"}}' '{"exlcude": ["x"]}' '{"exclude": "x"}' \
         '{"policy": 3}' '{"rules": ' '[1, 2]' '{"time_window": {"start": "2025-06-01"}}' \
         '{"exclude": ["a"], "exclude": ["b"]}'; do
  printf '%s' "$c" > repo/team/.amcq.json
  run repo/team/t.sql
done
echo "# a policy from the configuration, relative to it"
cat > repo/team/.amcq.json <<'JSON'
{"policy": "policy.json"}
JSON
cat > repo/team/policy.json <<'JSON'
{"extends": "amc", "tables": [{"name": "crm", "user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"}]}]}
JSON
echo 'SELECT tier, COUNT(DISTINCT user_id) AS n FROM crm GROUP BY tier' > repo/team/crm.sql
run repo/team/crm.sql
run repo/top.sql
