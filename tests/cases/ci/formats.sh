# amcq check on a small repository: a .sql file with an error, one with a
# warning, an AMC workflow file whose errors sit inside the JSON string
# (positions worked out by hand: line 3, columns 109 and 138 of wf.json,
# after the \n and \u00e9 escapes), a JSON file that is not a workflow
# (skipped), in every output format.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
mkdir -p repo/queries repo/other
printf 'SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE postal_code = 1 GROUP BY campaign\n' > repo/queries/a.sql
printf 'SELECT city_name, COUNT(DISTINCT user_id) AS reach\nFROM dsp_impressions\nGROUP BY city_name\n' > repo/queries/b,c.sql
cat > repo/queries/wf.json <<'JSON'
{
  "workflowId": "x",
  "sqlQuery": "SELECT campaign,\n  COUNT(DISTINCT user_id) AS reach\nFROM dsp_impressions\nWHERE campaign = CUSTOM_PARAMETER('camp') AND postal_code = 'x\u00e9'\nGROUP BY campaign",
  "inputParameters": [{"name": "other", "dataType": "STRING"}]
}
JSON
echo '{"name": "not a workflow", "version": 1}' > repo/other/package.json
for f in text json github; do
  echo "# --format $f"
  ${AMCQ_WRAP:-} "$AMCQ" check --color never --format $f repo
  echo "exit $?"
done
echo "# --format sarif"
${AMCQ_WRAP:-} "$AMCQ" check --format sarif repo > out.sarif
echo "exit $?"
python3 - out.sarif <<'PY'
import json, sys
d = json.load(open(sys.argv[1]))
assert d["$schema"].endswith("sarif-2.1.0.json") and d["version"] == "2.1.0"
run = d["runs"][0]
drv = run["tool"]["driver"]
assert drv["name"] == "amcq" and drv["version"]
# informationUri only when the build names a homepage (make AMCQ_HOMEPAGE=)
assert drv.get("informationUri", "https://").startswith("https://")
ids = [r["id"] for r in drv["rules"]]
for r in drv["rules"]:
    for k in ("id", "shortDescription", "fullDescription", "help", "defaultConfiguration"):
        assert k in r, (r["id"], k)
    assert r["defaultConfiguration"]["level"] in ("error", "warning", "note")
    assert r["shortDescription"]["text"] and r["fullDescription"]["text"] and r["help"]["text"]
assert run["columnKind"] == "unicodeCodePoints"
print("rules:", len(ids))
for res in run["results"]:
    loc = res["locations"][0]["physicalLocation"]
    reg = loc["region"]
    assert ids[res["ruleIndex"]] == res["ruleId"]
    print(res["ruleId"], res["level"], loc["artifactLocation"]["uri"],
          "%d:%d-%d:%d" % (reg["startLine"], reg["startColumn"], reg["endLine"], reg["endColumn"]),
          res["message"]["text"][:60])
PY
echo "# GitHub escaping of properties and messages"
mkdir -p 'odd, dir'
printf 'SELECT campaign, COUNT(*) AS n FROM dsp_impressions WHERE postal_code = %s GROUP BY campaign\n' "'100%'" > 'odd, dir/q:1.sql'
${AMCQ_WRAP:-} "$AMCQ" check --format github 'odd, dir/q:1.sql' | cut -c1-120
echo "# bad format"
${AMCQ_WRAP:-} "$AMCQ" check --format xml repo
echo "exit $?"
echo "# SARIF URIs are relative to the working directory, also for absolute paths"
${AMCQ_WRAP:-} "$AMCQ" check --format sarif "$PWD/repo/queries/a.sql" | python3 -c '
import json, sys
print(json.load(sys.stdin)["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]["uri"])'
