# The README's examples are what amcq prints: each "$ amcq ..." block is
# run (on a terminal, no colour; the default fixture made in a scratch
# cache) and compared with the README, "..." standing for omitted lines.
# Under a memory checker the examples run unwrapped: this test is about
# the documentation, and the other jobs check the same commands' memory.
set -u
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
export XDG_CACHE_HOME="$d/cache"
"$AMCQ" gen --default --quiet > /dev/null || exit 2
python3 "$REPO/tests/cases/docs/readme_examples.py" "$AMCQ" "$REPO/README.md"
