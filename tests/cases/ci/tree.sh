# A generated repository of 5000 files (.sql and workflow .json, from the
# query corpus and the adversarial suite): checking the tree in parallel
# gives exactly the results of checking each file alone, and two runs (and
# one worker or two) print the same bytes. Under a memory checker the tree
# has 200 files.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
n=5000
[ -n "${AMCQ_WRAP:-}" ] && n=200
python3 - "$REPO" "$d/tree" "$n" <<'PY'
import glob, json, os, sys
repo, out, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
src = sorted(glob.glob(os.path.join(repo, "tests/corpus/*.sql")) +
             glob.glob(os.path.join(repo, "tests/adversarial/*.sql")))
texts = [open(f, encoding="utf-8", errors="surrogateescape").read() for f in src]
for i in range(n):
    d = os.path.join(out, "team%02d" % (i % 7), "q%03d" % (i // 50))
    os.makedirs(d, exist_ok=True)
    t = texts[i % len(texts)]
    if i % 10 == 3:
        wf = {"workflowId": "w%d" % i, "sqlQuery": t.replace("CUSTOM_PARAMETER", "CUSTOM_PARAMETER"),
              "inputParameters": [{"name": "campaign_ids", "dataType": "STRING"}]}
        with open(os.path.join(d, "w%05d.json" % i), "w", encoding="utf-8", errors="surrogateescape") as f:
            json.dump(wf, f, indent=1, ensure_ascii=(i % 20 == 3))
    else:
        with open(os.path.join(d, "f%05d.sql" % i), "w", encoding="utf-8", errors="surrogateescape") as f:
            f.write(t)
PY
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" check --format github --jobs 2 tree > run1.txt; echo "exit $?"
${AMCQ_WRAP:-} "$AMCQ" check --format github --jobs 2 tree > run2.txt
${AMCQ_WRAP:-} "$AMCQ" check --format github --jobs 1 tree > run3.txt
# Each file alone, two at a time; each output to its own file (two
# processes appending to one file could interleave their writes).
mkdir alone
find tree -type f | sort | xargs -P 2 -n 20 sh -c \
  'for f; do ${AMCQ_WRAP:-} "$AMCQ" check --format github "$f" > "alone/$(echo "$f" | tr / _)"; done' sh
cat alone/* > alone.txt
[ "$(find tree -type f | wc -l)" -eq "$n" ] && echo "files: all $n generated" | sed "s/ $n / /"
[ -s run1.txt ] && echo "diagnostics: reported"
cmp -s run1.txt run2.txt && echo "two parallel runs: identical"
cmp -s run1.txt run3.txt && echo "one worker and two: identical"
sort run1.txt > a.txt
sort alone.txt > b.txt
if cmp -s a.txt b.txt; then echo "tree and each file alone: identical"; else diff a.txt b.txt | head -5; fi
[ "$(wc -l < run1.txt)" -gt "$((n / 4))" ] && echo "most files draw diagnostics"
${AMCQ_WRAP:-} "$AMCQ" check --format json --jobs 2 tree | python3 -c '
import json, sys
d = json.load(sys.stdin)
print("json: every file listed: %s, errors > 0: %s" % (d["summary"]["files"] == len(d["files"]) > 0, d["summary"]["errors"] > 0))'
