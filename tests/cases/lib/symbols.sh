# libamcq exports include/amcq.h and nothing else: every dynamic symbol
# libamcq.so defines and every global symbol libamcq.a defines starts with
# amcq_, and they are exactly the functions the header marks AMCQ_API. A
# program may then name its own functions json_parse or policy_load. The
# libraries checked are those of the build $AMCQ comes from.
set -u
build=$(dirname "$AMCQ")
for f in libamcq.so libamcq.a; do
  [ -e "$build/$f" ] || { echo "no $f beside amcq: make builds it"; exit 2; }
done
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
grep -o '^AMCQ_API [^(]*' "$REPO/include/amcq.h" | grep -o 'amcq_[a-z0-9_]*$' | sort -u > "$d/api"
[ -s "$d/api" ] || { echo "no AMCQ_API function in include/amcq.h"; exit 2; }

# same LIB KIND FILE: FILE holds the KIND symbols LIB defines, one a line;
# they must all be amcq_ and be the header's.
same() {
  local lib=$1 kind=$2 f=$3 bad=0
  if grep -v '^amcq_' "$f" > "$d/other"; then
    sed "s/^/  $lib defines the $kind symbol /" "$d/other"
    bad=1
  else
    echo "$lib: every $kind symbol it defines starts with amcq_"
  fi
  if ! cmp -s "$f" "$d/api"; then
    comm -23 "$d/api" "$f" | sed "s/^/  $lib lacks /"
    comm -13 "$d/api" "$f" | grep '^amcq_' | sed "s/^/  $lib defines, and the header does not mark, /"
    bad=1
  else
    echo "$lib: they are the functions include/amcq.h marks AMCQ_API"
  fi
  return $bad
}

fail=0
nm -D --defined-only "$build/libamcq.so" | awk '{print $NF}' | sort -u > "$d/so"
same libamcq.so dynamic "$d/so" || fail=1
nm -g --defined-only "$build/libamcq.a" | awk 'NF == 3 {print $3}' | sort -u > "$d/a"
same libamcq.a global "$d/a" || fail=1

# The soname is libamcq.so.MAJOR of AMCQ_VERSION; the file and its links
# are named after it.
v=$(sed -n 's/^#define AMCQ_VERSION "\(.*\)"/\1/p' "$REPO/include/amcq.h")
soname=$(readelf -d "$build/libamcq.so" | sed -n 's/.*(SONAME).*\[\(.*\)\]/\1/p')
if [ "$soname" = "libamcq.so.${v%%.*}" ] &&
   [ "$(readlink "$build/libamcq.so")" = "libamcq.so.$v" ] &&
   [ "$(readlink "$build/$soname")" = "libamcq.so.$v" ] && [ -f "$build/libamcq.so.$v" ]; then
  echo "soname libamcq.so.MAJOR of AMCQ_VERSION; libamcq.so and the soname link to libamcq.so.VERSION"
else
  echo "AMCQ_VERSION $v, soname $soname:"
  for f in "$build"/libamcq.so*; do echo "  ${f##*/} -> $(readlink "$f")"; done
  fail=1
fi
exit $fail
