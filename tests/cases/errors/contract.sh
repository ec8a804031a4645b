# The bad-input contract of docs/errors.md, row by row: each row's command
# runs here, its output is shown, and its exit status is compared with the
# "Exit" column of the table. A run or load that fails must leave the
# fixture as it was and print nothing on standard output (nothing
# half-written); both are checked for every row. At the end, every row of
# the table must have been exercised, and nothing else.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
amcq() { ${AMCQ_WRAP:-} "$AMCQ" "$@"; }
amcq gen --out fx.db --users 40 --days 1 --seed 4 --quiet || exit 2
sum=$(cksum < fx.db)
seen=""
fail=0

# row ID COMMAND: run COMMAND (shell text), show what it printed, compare its
# exit status with the table's.
row() {
  local id=$1 cmd=$2 want rc
  seen="$seen $id"
  want=$(grep -E "^\| $id \|" "$REPO/docs/errors.md" | awk -F'|' '{gsub(/ /, "", $(NF-1)); print $(NF-1)}')
  echo "== $id: $cmd"
  eval "$cmd" > out.txt 2> err.txt
  rc=$?
  # long lines (a 4 MiB query, a 300-level nesting) are cut for the record
  sed 's/^/  /' err.txt | cut -c1-140 | head -12
  if [ -s out.txt ] && [ "$rc" -ne 0 ]; then
    case $cmd in
      "amcq check"*|"amcq parse"*) sed 's/^/  out: /' out.txt | cut -c1-140 | head -8 ;;
      *) echo "  HALF-WRITTEN: the failed command printed on standard output"; fail=1 ;;
    esac
  fi
  [ -s out.txt ] && [ "$rc" -eq 0 ] && sed 's/^/  out: /' out.txt | cut -c1-140 | head -4
  if [ "$rc" != "$want" ]; then
    echo "  EXIT $rc, but docs/errors.md says ${want:-nothing}"
    fail=1
  elif [ "$rc" -ge 128 ]; then
    echo "  CRASH"
    fail=1
  else
    echo "  exit $rc, as documented"
  fi
  if [ "$(cksum < fx.db)" != "$sum" ]; then
    echo "  THE FIXTURE CHANGED"
    fail=1
  fi
}

# absent PATH: a failed command must not have left PATH behind.
absent() {
  if [ -e "$1" ]; then echo "  $1 WAS LEFT BEHIND"; fail=1; else echo "  no $1 left behind"; fi
}

printf 'SELECT campaign, COUNT(DISTINCT user_id) AS reach\nFROM dsp_impressions\nGROUP BY campaign\n' > ok.sql

# -- the query text
: > empty.sql
row E01 'amcq check empty.sql'
printf '  \n-- nothing but a comment\n\n' > blank.sql
row E02 'amcq check blank.sql'
printf 'SELECT campaign, COUNT(*) AS n\nFROM dsp_impressions\nWHERE campaign = \x27caf\xe9\x27\nGROUP BY campaign\n' > latin1.sql
row E03 'amcq check latin1.sql'
printf 'SELECT campaign,\0 COUNT(*) AS n FROM dsp_impressions GROUP BY campaign\n' > nul.sql
row E04 'amcq check nul.sql'
printf '\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0' > garbage.sql
row E05 'amcq check garbage.sql'
printf '\xff\xfeS\0E\0L\0E\0C\0T\0 \x001\0' > utf16.sql
row E06 'amcq check utf16.sql'
printf 'SELECT campaign COUNT(*) AS n\nFROM dsp_impressions\nGROUP BY campaign\n' > syntax.sql
row E07 'amcq check syntax.sql'
printf "SELECT campaign, COUNT(*) AS n\nFROM dsp_impressions\nWHERE campaign = 'Prime Day\n" > unclosed.sql
row E08 'amcq check unclosed.sql'
printf 'SELECT COUNT(*) AS n FROM dsp_impressions;\nSELECT COUNT(*) AS n FROM dsp_clicks;\n' > two.sql
row E09 'amcq check two.sql'
printf 'DELETE FROM dsp_impressions\n' > delete.sql
row E10 'amcq check delete.sql'
printf 'SELECT campaign, COUNT(*) AS n\nFROM dsp_impresions\nGROUP BY campaign\n' > table.sql
row E11 'amcq check table.sql'
printf 'SELECT campain, COUNT(*) AS n\nFROM dsp_impressions\nGROUP BY campain\n' > column.sql
row E12 'amcq check column.sql'
printf 'SELECT campaign, COUNTT(*) AS n\nFROM dsp_impressions\nGROUP BY campaign\n' > function.sql
row E13 'amcq check function.sql'
python3 -c "
import sys
sys.stdout.write('SELECT COUNT(*) AS n FROM dsp_impressions WHERE campaign IN (' + ','.join(\"'c%07d'\" % i for i in range(420000)) + ')\n')" > huge.sql
row E14 'amcq check huge.sql'
row E15 'amcq check - < huge.sql'
python3 -c "print('SELECT COUNT(*) AS n FROM dsp_impressions WHERE ' + 'COALESCE(' * 1500 + 'campaign' + ')' * 1500 + ' IS NULL')" > deep.sql
row E16 'amcq check deep.sql'
python3 -c "print('SELECT COUNT(*) AS n FROM ' + '(SELECT campaign FROM ' * 1200 + 'dsp_impressions' + ') s' * 1200)" > subqueries.sql
row E17 'amcq check subqueries.sql'
python3 -c "
print('WITH ' + ',\n'.join('c%d AS (SELECT campaign FROM dsp_impressions)' % i for i in range(600)))
print('SELECT campaign, COUNT(*) AS n FROM c599 GROUP BY campaign')" > ctes.sql
row E18 'amcq check ctes.sql'
python3 -c "
print('SELECT t0.campaign, COUNT(*) AS n FROM dsp_impressions t0')
print('\n'.join('JOIN dsp_impressions t%d ON t%d.user_id = t0.user_id' % (i, i) for i in range(1, 600)))
print('GROUP BY t0.campaign')" > joins.sql
row E19 'amcq check joins.sql'
row E20 'amcq run --db fx.db ctes.sql'
printf 'SELECT user_id, COUNT(*) AS n FROM dsp_impressions GROUP BY user_id\n' > leak.sql
row E21 'amcq run --db fx.db leak.sql'

# -- files, commands and options
row E22 'amcq check no-such-file.sql'
mkdir empty-dir
row E23 'amcq check empty-dir'
mkdir not-a-file.sql
row E24 'amcq run --db fx.db not-a-file.sql'
row E25 'amcq chek ok.sql'
row E26 'amcq check --formt json ok.sql'
row E27 'amcq check ok.sql --format'
row E28 'amcq check --format xml ok.sql'
row E29 'amcq run --db fx.db --timeout soon ok.sql'
row E30 'amcq run --db fx.db --time-window 2025-06-02 2025-06-01 ok.sql'
row E31 'amcq run --db fx.db --param region ok.sql'
printf "SELECT campaign, COUNT(*) AS n FROM dsp_impressions\nWHERE campaign = CUSTOM_PARAMETER('c')\nGROUP BY campaign\n" > param.sql
row E64 'amcq run --db fx.db --param "$(printf "c=\xff")" param.sql'
row E32 'amcq check'

# -- policy, configuration, workflow and execution JSON
printf '{"extends": "amc",\n "tables": [{"name": "crm", "columns": [}]}\n' > broken.json
row E33 'amcq check --policy broken.json ok.sql'
printf '{"extends": "amc", "tables": [{"name": "crm", "columns": [{"name": "tier", "class": "SECRET"}]}]}\n' > badclass.json
row E34 'amcq check --policy badclass.json ok.sql'
row E35 'amcq check --policy no-such-policy.json ok.sql'
mkdir -p repo/q && cp ok.sql repo/q/ && printf '{"rules": {"AMC301": "off"}, "exclude": ["old/"], "colour": "red"}\n' > repo/.amcq.json
row E36 'amcq check repo'
mkdir -p repo2 && cp ok.sql repo2/ && printf '{"rules": {"AMC301": "off"}, "rules": {"AMC302": "off"}}\n' > repo2/.amcq.json
row E37 'amcq check repo2'
printf '{"workflowId": "reach", "sqlQuery": "SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign",\n "inputParameters": [{"name": "region", "dataType": "STRING"}\n' > wf-broken.json
row E38 'amcq check wf-broken.json'
printf '{"workflowId": "reach"}\n' > wf-noquery.json
row E39 'amcq run --db fx.db --workflow wf-noquery.json'
printf '{"workflowId": "reach", "sqlQuery": "SELECT campaign, COUNT(*) AS n FROM dsp_impressions GROUP BY campaign"}\n' > wf.json
printf '{"timeWindowStart": 20250601, "timeWindowEnd": "2025-06-02T00:00:00"}\n' > exec-bad.json
row E40 'amcq run --db fx.db --workflow wf.json --execution exec-bad.json'
printf '{"disableAggregationControls": true}\n' > exec-half.json
row E65 'amcq run --db fx.db --workflow wf.json --execution exec-half.json'

# -- fixtures
row E41 'amcq run --db no-such.db ok.sql'
absent no-such.db
head -c 3000 /dev/zero | tr '\0' 'x' > junk.db
row E42 'amcq run --db junk.db ok.sql'
sqlite3 plain.db 'CREATE TABLE t(x)'
row E43 'amcq run --db plain.db ok.sql'
cp fx.db torn.db && head -c 100000 fx.db > torn.db
row E44 'amcq run --db torn.db ok.sql'
cp fx.db rotten.db
python3 -c "
import os
n = os.path.getsize('rotten.db')
f = open('rotten.db', 'r+b'); f.seek(1 << 16); f.write(bytes((i * 7) & 255 for i in range(n - (1 << 16) - 4096))); f.close()"
row E45 'amcq run --db rotten.db ok.sql'
cp fx.db dropped.db && sqlite3 dropped.db 'DROP VIEW dsp_impressions'
row E46 'amcq run --db dropped.db ok.sql'
row E47 'amcq run --db . ok.sql'
cp fx.db crm.db && printf 'user_id,tier\nperson-1,gold\n' > crm0.csv &&
  printf '{"user_column": "user_id", "columns": [{"name": "user_id", "type": "STRING", "class": "VERY_HIGH"}, {"name": "tier", "type": "STRING", "class": "LOW"}]}\n' > crm0.json &&
  amcq load --db crm.db --table crm --schema crm0.json crm0.csv > /dev/null 2>&1
row E66 'amcq run --db crm.db --sandbox ok.sql'
printf 'SELECT user_id FROM dsp_impressions_for_audiences\n' > audience.sql
row E67 'amcq run --db fx.db --sandbox audience.sql'

# -- amcq load
cat > crm.json <<'JSON'
{"user_column": "user_id", "columns": [
  {"name": "user_id", "type": "STRING", "class": "VERY_HIGH"},
  {"name": "tier", "type": "STRING", "class": "LOW"},
  {"name": "ltv", "type": "DOUBLE", "class": "NONE"}
]}
JSON
printf 'user_id,tier,ltv\nperson-1,gold,1.5\nperson-2,silver\n' > short.csv
row E48 'amcq load --db fx.db --table crm --schema crm.json short.csv'
printf 'user_id,tier,ltv\nperson-1,gold,1.5\nperson-2,silver,12x\n' > value.csv
row E49 'amcq load --db fx.db --table crm --schema crm.json value.csv'
printf 'user_id,tier,ltv\nperson-1,"gold,1.5\nperson-2,silver,2\n' > quote.csv
row E50 'amcq load --db fx.db --table crm --schema crm.json quote.csv'
printf 'user_id,tier,ltv\nperson-1,g\xf6ld,1.5\n' > latin1.csv
row E51 'amcq load --db fx.db --table crm --schema crm.json latin1.csv'
printf 'user_id,tier,ltv\nperson-1,gold\0,1.5\n' > nul.csv
row E52 'amcq load --db fx.db --table crm --schema crm.json nul.csv'
: > empty.csv
row E53 'amcq load --db fx.db --table crm --schema crm.json empty.csv'
printf 'user_id,tier,ltv\n' > header.csv
printf '{"columns": [{"name": "user_id", "type": "STRING"' > schema-broken.json
row E54 'amcq load --db fx.db --table crm --schema schema-broken.json header.csv'
row E55 'amcq load --db no-such.db --table crm --schema crm.json header.csv'
absent no-such.db

# -- where output goes
row E56 'amcq run --db fx.db ok.sql > /dev/full'
row E57 'amcq check --format json ok.sql > /dev/full'
row E58 'amcq gen --out no-such-dir/fx.db --users 10'
absent no-such-dir
mkdir a-directory
row E59 'amcq gen --out a-directory --users 10'

# -- runaway queries
amcq gen --out big.db --users 400 --days 7 --seed 3 --quiet || exit 2
big_sum=$(cksum < big.db)
printf 'SELECT a.campaign, COUNT(*) AS n\nFROM dsp_impressions a CROSS JOIN dsp_impressions b CROSS JOIN dsp_impressions c\nGROUP BY a.campaign\n' > slow.sql
row E60 'amcq run --db big.db --timeout 0.3 slow.sql'
printf 'SELECT a.campaign, COUNT(DISTINCT a.impression_dt || b.impression_dt) AS n\nFROM dsp_impressions a CROSS JOIN dsp_impressions b\nGROUP BY a.campaign\n' > hungry.sql
row E61 'amcq run --db big.db --timeout 60 --max-memory 3 hungry.sql'
printf 'SELECT impression_dt_utc, COUNT(*) AS n FROM dsp_impressions GROUP BY impression_dt_utc\n' > rows.sql
row E62 'amcq run --db big.db --max-rows 50 rows.sql'
python3 -c "
print('SELECT t0.campaign, COUNT(*) AS n FROM dsp_impressions t0')
print('\n'.join('JOIN dsp_impressions t%d ON t%d.user_id = t0.user_id' % (i, i) for i in range(1, 20)))
print('GROUP BY t0.campaign')" > wide.sql
row E63 'amcq run --db fx.db wide.sql'
[ "$(cksum < big.db)" = "$big_sum" ] || { echo "THE BIG FIXTURE CHANGED"; fail=1; }

# Every row of the table exercised, and nothing else.
documented=$(grep -oE '^\| E[0-9]+ \|' "$REPO/docs/errors.md" | tr -d '| ' | sort)
exercised=$(echo $seen | tr ' ' '\n' | sort)
if [ "$documented" != "$exercised" ]; then
  echo "rows documented but not tested: $(comm -23 <(echo "$documented") <(echo "$exercised") | tr '\n' ' ')"
  echo "rows tested but not documented: $(comm -13 <(echo "$documented") <(echo "$exercised") | tr '\n' ' ')"
  fail=1
fi
echo "rows: $(echo $seen | wc -w)"
exit $fail
