#!/bin/sh
# Check that amcq's build dependencies are installed. On Debian, as root,
# install the missing ones with apt-get; otherwise print the exact command
# and fail. Used by `make deps` (and so by make, make demo, make test).
#
# Packages after --optional are installed too when possible, but their
# absence only prints a note (postgresql-server-dev-15: a faster check).
#
# usage: scripts/deps.sh [extra-package...] [--optional package...]
set -u

required=""
optional=""
while [ $# -gt 0 ]; do
  if [ "$1" = --optional ]; then
    shift
    optional="$*"
    break
  fi
  required="$required $1"
  shift
done
PACKAGES="gcc make pkg-config libsqlite3-dev libpg-query-dev libcjson-dev libxxhash-dev libpcre2-dev libmd-dev libedit-dev libutf8proc-dev$required"

have_pkg() {
  dpkg-query -W -f='${Status}' "$1" 2>/dev/null | grep -q "install ok installed"
}

if ! command -v dpkg-query >/dev/null 2>&1; then
  # Not Debian: check for the headers and libraries directly.
  missing=""
  for h in sqlite3.h pg_query.h cjson/cJSON.h xxhash.h pcre2.h md5.h editline/readline.h utf8proc.h; do
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
missing_opt=""
for p in $optional; do
  have_pkg "$p" || missing_opt="$missing_opt $p"
done
[ -z "$missing$missing_opt" ] && exit 0

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
  export DEBIAN_FRONTEND=noninteractive
  updated=0
  install() {
    apt-get install -y --no-install-recommends "$@" >/dev/null 2>&1 && return 0
    [ $updated = 1 ] || { apt-get update -qq; updated=1; }
    apt-get install -y --no-install-recommends "$@"
  }
  if [ -n "$missing" ]; then
    echo "installing missing packages:$missing"
    install $missing || {
      echo "apt-get could not install:$missing" >&2
      exit 1
    }
  fi
  if [ -n "$missing_opt" ]; then
    echo "installing optional packages:$missing_opt"
    install $missing_opt ||
      echo "note: could not install$missing_opt; building without it" >&2
  fi
  exit 0
fi

if [ -n "$missing" ]; then
  echo "amcq needs packages that are not installed:$missing" >&2
  echo "install them with:" >&2
  echo "  sudo apt-get install$missing$missing_opt" >&2
  exit 1
fi
echo "note: optional packages not installed:$missing_opt" >&2
echo "  (postgresql-server-dev-*: amcq check reads the parse tree directly, 1.5x faster;" >&2
echo "  sudo apt-get install$missing_opt, then make clean && make)" >&2
exit 0
