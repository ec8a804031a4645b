# The installed tree serves a C program the two ways pkg-config offers.
# make install-built copies the files of the build $AMCQ comes from (it
# builds nothing: the suite is using them) into a temporary PREFIX;
# prog.c, which defines a json_parse of its own, is built with
# `pkg-config --cflags --libs amcq` against libamcq.so and with
# `pkg-config --static --libs amcq` against libamcq.a alone, and both run;
# so does the example of README.md.
# make uninstall then removes every file install wrote and nothing else;
# with DESTDIR the same files land under it, and amcq.pc names PREFIX.
set -u
unset MAKEFLAGS MFLAGS MAKELEVEL
build=$(cd "$(dirname "$AMCQ")" && pwd)
d=$(mktemp -d)
trap 'rm -rf "$d"' EXIT
v=$(sed -n 's/^#define AMCQ_VERSION "\(.*\)"/\1/p' "$REPO/include/amcq.h")
major=${v%%.*}

mk() {
  make -s --no-print-directory -C "$REPO" BUILD="$build" "$@" > "$d/make.log" 2>&1 && return 0
  echo "make $*: failed"
  sed 's/^/  /' "$d/make.log"
  exit 1
}

# The files under $1, with their modes, versions spelled out.
tree() {
  (cd "$1" && find . \( -type l -printf '%m %P -> %l\n' \) -o \( -type f -printf '%m %P\n' \)) |
    sort -k2 | sed -e "s/\.so\.$v/.so.VERSION/g" -e "s/\.so\.$major\b/.so.MAJOR/g"
}

# A program built as the library was: with the sanitizers it was built with
# (their runtime comes with the program), by clang as make test-asan does.
cc=${CC:-cc}
san=""
nm -u "$build/libamcq.so" | grep -q ' __asan_' && san="$san -fsanitize=address"
nm -u "$build/libamcq.so" | grep -q ' __ubsan_' && san="$san -fsanitize=undefined"
[ -n "$san" ] && cc=clang

p=$d/prefix
mk install-built PREFIX="$p"
echo "== make install-built PREFIX=\$p"
tree "$p" | tee "$d/installed"

export PKG_CONFIG_PATH="$p/lib/pkgconfig"
echo "== amcq.pc"
[ "$(pkg-config --modversion amcq)" = "$v" ] && echo "version: AMCQ_VERSION"
grep -E '^(Cflags|Libs|Requires.private|Libs.private):' "$p/lib/pkgconfig/amcq.pc"
echo "pkg-config --libs amcq: $(pkg-config --libs amcq | sed -e "s|$p|\$p|g" -e 's/ *$//')"

echo "== the program, with libamcq.so"
# shellcheck disable=SC2046,SC2086
$cc -std=c11 -Wall -Wextra -Wstrict-prototypes -Wmissing-prototypes -pedantic -Werror $san \
  -o "$d/prog-shared" tests/cases/lib/prog.c $(pkg-config --cflags --libs amcq) || exit 1
readelf -d "$d/prog-shared" | grep -q "NEEDED.*\[libamcq\.so\.$major\]" && echo "needs libamcq.so.MAJOR"
LD_LIBRARY_PATH="$p/lib" ldd "$d/prog-shared" | grep -q "libamcq\.so\.$major => $p/lib/" &&
  echo "loads it from \$p/lib"
LD_LIBRARY_PATH="$p/lib" ${AMCQ_WRAP:-} "$d/prog-shared"
echo "exit $?"

echo "== the program, with libamcq.a"
libs=$(pkg-config --static --libs amcq)
libs=${libs/-lamcq/-Wl,-Bstatic -lamcq -Wl,-Bdynamic}
# shellcheck disable=SC2046,SC2086
$cc -std=c11 -Wall -Wextra -Wstrict-prototypes -Wmissing-prototypes -pedantic -Werror $san \
  -o "$d/prog-static" tests/cases/lib/prog.c $(pkg-config --cflags amcq) $libs || exit 1
readelf -d "$d/prog-static" | grep -q 'NEEDED.*libamcq' || echo "needs no libamcq.so"
nm "$p/lib/libamcq.a" | grep -qE ' t json_parse$' && echo "libamcq.a holds a json_parse too, a local one"
${AMCQ_WRAP:-} "$d/prog-static"
echo "exit $?"

echo "== the example of README.md's \"Using the library\", with libamcq.so"
awk '/^## Using the library/ { u = 1 } u && /^```c$/ { c = 1; next } c && /^```$/ { exit } c' \
  README.md > "$d/example.c"
# shellcheck disable=SC2046,SC2086
$cc -std=c11 -Wall -Wextra -pedantic -Werror $san -o "$d/example" "$d/example.c" \
  $(pkg-config --cflags --libs amcq) || exit 1
LD_LIBRARY_PATH="$p/lib" ${AMCQ_WRAP:-} "$d/example"
echo "exit $?"

echo "== make uninstall PREFIX=\$p, beside files install did not write"
echo x > "$p/lib/libother.so"
echo x > "$p/lib/pkgconfig/other.pc"
mk uninstall PREFIX="$p"
tree "$p"

echo "== make install-built PREFIX=/opt/amcq DESTDIR=\$s, then uninstall"
s=$d/stage
mk install-built PREFIX=/opt/amcq DESTDIR="$s"
tree "$s" | sed 's| opt/amcq/| |' | cmp -s - "$d/installed" && echo "the same files, under \$s/opt/amcq"
grep '^prefix=' "$s/opt/amcq/lib/pkgconfig/amcq.pc"
mk uninstall PREFIX=/opt/amcq DESTDIR="$s"
echo "files left: $(tree "$s" | wc -l)"
