# The default fixture: made on first use in the cache directory, reused
# afterwards, made again when another amcq version made it.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
export XDG_CACHE_HOME="$d/cache"
p=$(${AMCQ_WRAP:-} "$AMCQ" gen --default --quiet) || exit 2
echo "path: ${p#"$d"/}"
sqlite3 "$p" "SELECT key, value FROM amcq_meta WHERE key IN ('users', 'days', 'start', 'seed', 'format') ORDER BY key"
first=$(cksum < "$p")
touch -d '2020-01-01' "$p"
${AMCQ_WRAP:-} "$AMCQ" gen --default --quiet > /dev/null || exit 2
[ "$(stat -c %Y "$p")" = "$(date -d 2020-01-01 +%s)" ] && echo "reused: not written again"
sqlite3 "$p" "UPDATE amcq_meta SET value = '0.0.0' WHERE key = 'amcq_version'"
${AMCQ_WRAP:-} "$AMCQ" gen --default --quiet > /dev/null || exit 2
[ "$(cksum < "$p")" = "$first" ] && echo "made again by this version: same bytes"
unset XDG_CACHE_HOME
export HOME="$d/home"
p=$(${AMCQ_WRAP:-} "$AMCQ" gen --default --quiet) || exit 2
echo "without XDG_CACHE_HOME: ${p#"$d"/}"
${AMCQ_WRAP:-} "$AMCQ" gen --default --out x.db
echo "exit $?"
