#!/usr/bin/env bash
# amcq gen's speed, and amcq check's against the floor (libpg_query alone)
# on the same files.
# usage: bench/run.sh   (from the repository root, after make)
# Needs hyperfine (Debian package hyperfine) for wall-clock numbers and
# valgrind for instruction counts, which do not depend on machine load.
set -euo pipefail
cd "$(dirname "$0")/.."
dir=build/bench/queries
mkdir -p build/bench
bash bench/gen.sh "$dir" 3000
${CC:-cc} -O2 -o build/floor bench/floor.c -lpg_query
echo "== amcq gen: --users 40000 --days 30, and the default fixture"
hyperfine -N --warmup 1 --runs 5 \
  "build/amcq gen --quiet --out build/bench/g40k.db --users 40000 --days 30" \
  "build/amcq gen --quiet --out build/bench/gdef.db" 2>&1 | grep -vE '^\s*$'
build/amcq gen --out build/bench/g40k.db --users 40000 --days 30
echo "== 3000 files: floor (libpg_query alone) vs amcq check"
hyperfine -N --warmup 2 --runs 10 \
  "build/floor $(ls $dir/*.sql | tr '\n' ' ')" \
  "build/amcq check $dir" 2>&1 | grep -vE '^\s*$' | sed "s|$dir/[^ ]*||g" | cut -c1-150
echo "== 3000 files, one core: floor and amcq check --jobs 1 interleaved"
python3 bench/ratio.py "$dir" 30
echo "== one file, process start to exit"
hyperfine -N --warmup 5 --runs 100 \
  "build/floor examples/reach_by_campaign.sql" \
  "build/amcq check examples/reach_by_campaign.sql" 2>&1 | grep -vE '^\s*$'
echo "== instructions (valgrind --tool=callgrind) on the first 300 files"
files=$(printf "%s\n" $dir/*.sql | sed -n 1,300p)
for cmd in "build/floor $files" "build/amcq check --jobs 1 $files"; do
  valgrind --tool=callgrind --callgrind-out-file=/dev/null $cmd 2>&1 >/dev/null |
    sed -n 's/.*Collected : \([0-9]*\).*/\1/p' | while read -r n; do
      echo "${cmd%% *}: $n instructions"
    done
done
echo "== amcq run vs sqlite3 (no enforcement), same SQL, on g40k.db (1.3 M dsp_impressions)"
for q in bench/queries/run_group_by.sql bench/queries/run_user_cte.sql; do
  hyperfine -N --warmup 1 --runs 5 \
    "sqlite3 build/bench/g40k.db '.read $q'" \
    "build/amcq run --quiet --db build/bench/g40k.db $q" 2>&1 | grep -vE '^\s*$'
  /usr/bin/time -f "peak memory: %M KB  (sqlite3, $q)" sqlite3 build/bench/g40k.db < "$q" > /dev/null
  /usr/bin/time -f "peak memory: %M KB  (amcq run, $q)" \
    build/amcq run --quiet --db build/bench/g40k.db "$q" > /dev/null
done
echo "== amcq check vs sqlfluff lint --dialect postgres, the same 200 files, one process each"
rm -rf build/bench/q200 && mkdir -p build/bench/q200
ls $dir/*.sql | head -200 | xargs -I{} cp {} build/bench/q200/
hyperfine -N --warmup 1 --runs 3 "sqlfluff lint --dialect postgres --processes 1 build/bench/q200" \
  "build/amcq check --jobs 1 build/bench/q200" 2>&1 | grep -vE '^\s*$'
echo "== amcq check scaling: 1 and 2 workers on 3000 files"
hyperfine -N --warmup 1 --runs 10 "build/amcq check --jobs 1 $dir" "build/amcq check --jobs 2 $dir" 2>&1 |
  grep -vE '^\s*$'
