# The man page lists every option of every command, as the commands' own
# --help does: each --name (and -x) of `amcq CMD --help` appears in
# docs/amcq.1 under that command's options.
set -u
missing=0
for cmd in check parse run shell gen load rules; do
  opts=$(${AMCQ_WRAP:-} "$AMCQ" "$cmd" --help | grep -o -- '^ *\(-[a-z], \)\?--[a-z-]*' | sed 's/^ *//')
  n=0
  while IFS= read -r o; do
    [ -n "$o" ] || continue
    n=$((n + 1))
    long=${o##*--}
    # roff writes every - as \-
    if ! grep -q -F -- "\\-\\-${long//-/\\-}" "$REPO/docs/amcq.1"; then
      echo "$cmd: --$long is not in docs/amcq.1"; missing=1
    fi
    case "$o" in
      -?,*) short=${o:1:1}
        # as the man page writes a short option: .BR \-f ", " \-\-format
        grep -q -F -- "\\-$short \", \" \\-\\-${long//-/\\-}" "$REPO/docs/amcq.1" ||
          { echo "$cmd: -$short is not in docs/amcq.1"; missing=1; } ;;
    esac
  done <<< "$opts"
  echo "$cmd: $n options"
done
exit $missing
