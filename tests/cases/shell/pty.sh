# amcq shell on a terminal (a pseudo-terminal driven by tests/cases/shell/
# terminal.py): completion of dot-commands and their arguments, tables, the
# statement's columns (before or after the cursor, of every table while none
# is named), table.column and alias.column; multi-line statements, Ctrl-C
# during a query and at the prompt, Ctrl-D, history kept across sessions in
# $XDG_STATE_HOME/amcq/history, -cmd before the prompt, .timer and .exit N.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
"$AMCQ" gen --out "$d/fx.db" --users 300 --days 7 --seed 3 --quiet || exit 2
# Under valgrind (AMCQ_WRAP) the terminal does not behave: valgrind's
# emulation of the terminal ioctls leaves libedit without its end-of-file
# character, so Ctrl-D is read as text. The checks then run on the binary
# as it is (the ASan run covers this path with a memory checker, and
# pipe.sh runs the shell under valgrind).
AMCQ_WRAP= python3 "$REPO/tests/cases/shell/terminal.py" "$AMCQ" "$d/fx.db" "$d/state"
