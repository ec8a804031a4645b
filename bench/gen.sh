#!/usr/bin/env bash
# Write N realistic AMC queries into DIR: the query corpus, repeated with
# different campaign names, date literals and aliases so no two files are the
# same text. usage: bench/gen.sh DIR [N]
set -euo pipefail
dir=$1
n=${2:-3000}
here=$(cd "$(dirname "$0")/.." && pwd)
mkdir -p "$dir"
rm -f "$dir"/*.sql
mapfile -t corpus < <(ls "$here"/tests/corpus/*.sql)
for ((i = 0; i < n; i++)); do
  src=${corpus[$((i % ${#corpus[@]}))]}
  sed -e "s/BRAND_A/BRAND_$i/g" -e "s/2024-/20$((24 + i % 3))-/g" \
      -e "s/-- /-- q$i /" "$src" > "$dir/q$(printf %05d "$i").sql"
done
echo "$n queries in $dir"
