#!/usr/bin/env python3
"""Re-run every **Fails** example of docs/rules.md through amcq and paste
the real output into the ```text block that follows it, so the reference
never shows a message amcq no longer prints. Sections marked with
<!-- doctest: skip ... --> before **Fails** are left alone.

usage: scripts/refresh_rules_doc.py [build/amcq]   (run after make)
"""
import os
import re
import subprocess
import sys
import tempfile

amcq = os.path.abspath(sys.argv[1] if len(sys.argv) > 1 else "build/amcq")
path = os.path.join(os.path.dirname(__file__), "..", "docs", "rules.md")
text = open(path, encoding="utf-8").read()
out, pos, n = [], 0, 0
pattern = re.compile(r"(?P<skip><!-- doctest: skip[^>]*-->\n)?\*\*Fails\*\*(?:[^\n]*\n)+?\n```sql\n(?P<sql>.*?)```\n\n```text\n(?P<txt>.*?)```", re.S)
for m in pattern.finditer(text):
    out.append(text[pos:m.start("txt")])
    if m.group("skip"):
        out.append(m.group("txt"))
    else:
        with tempfile.TemporaryDirectory() as d:
            open(os.path.join(d, "q.sql"), "w", encoding="utf-8").write(m.group("sql"))
            r = subprocess.run([amcq, "check", "--color", "never", "q.sql"], cwd=d,
                               capture_output=True, text=True)
            out.append(r.stdout)
            n += 1
    pos = m.end("txt")
out.append(text[pos:])
open(path, "w", encoding="utf-8").write("".join(out))
print(f"refreshed {n} examples")
