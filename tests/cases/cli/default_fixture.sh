# The first amcq run without --db makes the default fixture and says what
# it is making and where, once; the next run uses it without a word.
# (Unwrapped under a memory checker: generating 5000 people there takes
# minutes, and the gen jobs check gen's memory.)
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
export XDG_CACHE_HOME="$d/cache"
printf 'SELECT campaign, COUNT(DISTINCT user_id) AS reach FROM dsp_impressions GROUP BY campaign\n' > "$d/q.sql"
"$AMCQ" run --format csv "$d/q.sql" > "$d/out" 2> "$d/err"; echo "first run: exit $?, $(wc -l < "$d/out") lines"
sed "s|$d|TMP|g" "$d/err"
"$AMCQ" run --format csv "$d/q.sql" > "$d/out2" 2> "$d/err2"; echo "second run: exit $?, $(cmp -s "$d/out" "$d/out2" && echo same rows)"
sed "s|$d|TMP|g" "$d/err2"
ls "$d/cache/amcq"
