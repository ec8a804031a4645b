#!/bin/sh
# Check that amcq's build dependencies are installed. On Debian, as root,
# install the missing ones with apt-get; otherwise print the exact command
# and fail. Used by `make deps` (and so by make, make demo, make test).
#
# usage: scripts/deps.sh [extra-package...]
set -u

PACKAGES="gcc make pkg-config libsqlite3-dev libpg-query-dev libcjson-dev libxxhash-dev libpcre2-dev libmd-dev libedit-dev $*"

have_pkg() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if ! command -v dpkg-query >/dev/null 2>&1; then
  # Not Debian: check for the headers and libraries directly.
  missing=""
  for h in sqlite3.h pg_query.h cjson/cJSON.h xxhash.h pcre2.h md5.h editline/readline.h; do
    found=0
    for d in /usr/include /usr/local/include; do
      [ -f "$d/$h" ] && found=1
    done
    [ $found = 1 ] || missing="$missing $h"
  done
  if [ -n "$missing" ]; then
    echo "amcq needs these headers, not found:$missing" >&2
    echo "install SQLite 3, libpg_query (PostgreSQL 15 grammar), cJSON and xxHash development files" >&2
    exit 1
  fi
  exit 0
fi

missing=""
for p in $PACKAGES; do
  have_pkg "$p" || missing="$missing $p"
done
[ -z "$missing" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  echo "installing missing packages:$missing"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y --no-install-recommends $missing >/dev/null 2>&1; then
    apt-get update -qq && apt-get install -y --no-install-recommends $missing || {
      echo "apt-get could not install:$missing" >&2
      exit 1
    }
  fi
  exit 0
fi

echo "amcq needs packages that are not installed:$missing" >&2
echo "install them with:" >&2
echo "  sudo apt-get install$missing" >&2
exit 1
