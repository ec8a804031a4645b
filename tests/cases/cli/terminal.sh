# Text for terminals: carets under CJK text and emoji by display width; a
# result table aligned by display width; control characters from a query
# (ESC, OSC, BEL, CR, LF in a quoted name) escaped so that a diagnostic is
# one line and the terminal never sees them; colour only on a terminal
# that supports it (TERM=dumb or no TERM: none; NO_COLOR: none); amcq
# rules CODE without Markdown's marks when piped.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
cd "$d" || exit 2
a() { ${AMCQ_WRAP:-} "$AMCQ" "$@"; }
printf "SELECT '日本語', \"😀x\" FROM dsp_impressions\n" > wide.sql
a check --color never wide.sql | sed -n '6,9p'
printf 'SELECT COUNT(DISTINCT "a\033]0;title\007b\rc\nd") AS n FROM dsp_impressions\n' > esc.sql
a check --color never esc.sql > esc.out; echo "exit $?"
if LC_ALL=C grep -q "$(printf '\033')\|$(printf '\007')\|$(printf '\r')" esc.out; then echo "a control character reached the output"; else echo "no control character in the output"; fi
head -1 esc.out
a gen --out fx.db --users 60 --days 1 --seed 3 --quiet || exit 2
printf 'SELECT device_type, COUNT(*) AS "件数🙂" FROM dsp_impressions GROUP BY device_type\n' > t.sql
a run --db fx.db -q t.sql | head -3
python3 - "$AMCQ" <<'PY'
import os, pty, subprocess, sys
def tty(env):
    m, s = pty.openpty()
    p = subprocess.Popen([sys.argv[1], "check", "wide.sql"], stdout=s, stderr=s,
                         env=dict({k: v for k, v in os.environ.items() if k not in ("TERM", "NO_COLOR")}, **env))
    os.close(s)
    out = b""
    while True:
        try:
            c = os.read(m, 65536)
        except OSError:
            break
        if not c:
            break
        out += c
    p.wait()
    return b"\x1b[" in out
for env in ({"TERM": "xterm-256color"}, {"TERM": "dumb"}, {}, {"TERM": "xterm", "NO_COLOR": "1"}):
    print(f"terminal with {env or 'no TERM'}: {'colour' if tty(env) else 'no colour'}")
PY
a rules AMC201 > rules.txt
echo "rules AMC201 piped: $(grep -c '```\|\*\*\|^## ' rules.txt) Markdown marks, $(wc -l < rules.txt) lines"
head -3 rules.txt
# a path with control characters, in amcq's own messages: escaped too
a check "$(printf 'no\033]0;t\007such.sql')" 2>&1 | LC_ALL=C tr -d '\033\007' | cat
