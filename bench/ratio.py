#!/usr/bin/env python3
"""amcq check against the floor, runs interleaved.

On a shared or virtual machine the speed drifts over seconds; running the
floor and amcq one after the other, N times, and comparing medians keeps the
drift out of the ratio. Prints wall-clock and CPU (user + system) medians.

usage: bench/ratio.py DIR [N]   (from the repository root, after bench/run.sh
built build/floor and wrote DIR)
"""
import glob
import os
import resource
import statistics
import subprocess
import sys
import time

d = sys.argv[1]
n = int(sys.argv[2]) if len(sys.argv) > 2 else 30
files = sorted(glob.glob(os.path.join(d, "*.sql")))
cmds = {
    "floor": ["build/floor"] + files,
    "amcq check --jobs 1": ["build/amcq", "check", "--jobs", "1", d],
}
wall = {k: [] for k in cmds}
cpu = {k: [] for k in cmds}
for _ in range(n):
    for k, c in cmds.items():
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        subprocess.run(c, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall[k].append(time.perf_counter() - t0)
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[k].append(r1.ru_utime + r1.ru_stime - r0.ru_utime - r0.ru_stime)
fw = statistics.median(wall["floor"])
fc = statistics.median(cpu["floor"])
print(f"{len(files)} files, {n} interleaved runs each, medians:")
for k in cmds:
    w = statistics.median(wall[k])
    c = statistics.median(cpu[k])
    print(f"  {k:20s} wall {1000 * w:7.1f} ms ({w / fw:.2f}x)  "
          f"cpu {1000 * c:7.1f} ms ({c / fc:.2f}x)  "
          f"{len(files) / w:7.0f} files/s")
