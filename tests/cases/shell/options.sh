# amcq shell's command line, as sqlite3's: the fixture as an argument (or
# --db), -cmd COMMAND (repeatable, before the input; --cmd too), -bail
# (stop at the first rejected statement or failed command, exit 1; --bail
# too), and the exit status of a piped session: 1 after a rejected
# statement, an unknown dot-command or a failed one, N after .exit N.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
${AMCQ_WRAP:-} "$AMCQ" gen --out fx.db --users 300 --days 7 --seed 3 --quiet || exit 2
ok='SELECT COUNT(*) AS clicks FROM dsp_clicks;'
bad='SELECT user_id FROM dsp_clicks GROUP BY user_id;'
sh() { ${AMCQ_WRAP:-} "$AMCQ" shell "$@" 2>&1; echo "exit $?"; }

echo "# the fixture as an argument, and as --db"
echo "$ok" | sh fx.db
echo "$ok" | sh --db fx.db
echo "$ok" | sh --db=fx.db fx.db
echo "# -cmd and --cmd run first, in order; a statement needs no ';' there"
echo "$ok" | sh -cmd '.mode csv' --cmd '.headers off' -cmd 'SELECT 1 AS first, COUNT(*) AS n FROM dsp_clicks' fx.db
echo "# a failing -cmd counts; -cmd .quit reads no input"
echo "$ok" | sh -cmd '.mode xml' fx.db
echo "$ok" | sh -cmd .quit fx.db
echo "# -bail stops at the first rejected statement"
printf '%s\n%s\n%s\n' "$ok" "$bad" "$ok" | sh -bail fx.db | grep -v '^ *|\|^  =\|^[0-9] |'
printf '%s %s %s\n' "$ok" "$bad" "$ok" | sh --bail fx.db | grep -v '^ *|\|^  =\|^[0-9] |'
echo "# and at the first failed command, in -cmd too"
printf '.mode csv\n.frobnicate\n%s\n' "$ok" | sh -bail fx.db
echo "$ok" | sh -bail -cmd .tabels fx.db
echo "# without -bail the session goes on, and its exit status is 1"
printf '.tabels\n%s\n' "$ok" | sh fx.db
printf '.mode xml\n%s\n' "$ok" | sh fx.db
printf '.open missing.db\n%s\n' "$ok" | sh fx.db
printf '.read missing.sql\n%s\n' "$ok" | sh fx.db
printf '.exit 1000\n%s\n' "$ok" | sh fx.db
echo "# .exit N, .exit and .quit"
printf '%s\n.exit 7\n%s\n' "$ok" "$ok" | sh fx.db
printf '%s\n.exit 0\n' "$bad" | sh fx.db | tail -1
printf '%s\n.exit\n' "$bad" | sh fx.db | tail -1
printf '%s\n.quit\n' "$bad" | sh fx.db | tail -1
printf '.quit\n' | sh fx.db
echo "# mistakes on the command line"
sh fx.db other.db < /dev/null
sh --db fx.db other.db < /dev/null
sh fx.db -cmd < /dev/null
sh -frobnicate fx.db < /dev/null
sh -bial fx.db < /dev/null
sh missing.db < /dev/null
