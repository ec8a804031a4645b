# .read FILE runs a file's statements and dot-commands as if typed: the
# project's own examples (which end without ';') run; a statement left at
# the end of a file runs; lines of only comments between statements are
# skipped, so a dot-command after one still counts; CRLF line ends; a
# quoted file name; .read inside .read, and a file that reads itself.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
${AMCQ_WRAP:-} "$AMCQ" gen --out "$d/fx.db" --users 300 --days 7 --seed 3 --quiet || exit 2
echo "# examples/*.sql"
for f in examples/*.sql; do
  printf '.read %s\n' "$f" | ${AMCQ_WRAP:-} "$AMCQ" shell "$d/fx.db" > "$d/out" 2>&1
  echo "$f: exit $? $(grep -c '^query:[0-9]*:[0-9]*: error' "$d/out") errors; $(grep '^privacy:\|^rejected:\|^error:' "$d/out")"
done
cd "$d" || exit 2
cat > two.sql <<'SQL'
-- two statements and a dot-command; the last statement lacks its ';'
SELECT 1 AS one, COUNT(*) AS n FROM dsp_clicks;
-- csv from here
.mode csv
/* a block
   comment */
SELECT 2 AS two, COUNT(*) AS n
FROM dsp_clicks -- the last one
SQL
printf 'SELECT 3 AS crlf, COUNT(*) AS n\r\nFROM dsp_clicks;\r\n.mode table\r\nSELECT 4 AS crlf, COUNT(*) AS n FROM dsp_clicks\r\n' > crlf.sql
printf "SELECT 'open AS s FROM dsp_clicks\n" > open.sql
printf '.read two.sql\nSELECT 5 AS after, COUNT(*) AS n FROM dsp_clicks;\n' > outer.sql
printf '.read self.sql\n' > self.sql
cp two.sql "with space.sql"
printf -- '-- tail comment only\n' > comment.sql
cat > session.txt <<'SQL'
.read two.sql
.read crlf.sql
.read 'with space.sql'
.read comment.sql
.read outer.sql
.read open.sql
-- a comment line, then a dot-command
.mode table
SELECT 6 AS last, COUNT(*) AS n FROM dsp_clicks;
.read self.sql
SQL
${AMCQ_WRAP:-} "$AMCQ" shell fx.db < session.txt 2>&1 | tr -d '\r'
echo "exit ${PIPESTATUS[0]}"
