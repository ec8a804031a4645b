#!/usr/bin/env python3
"""Search amcq's output for identifiers of a fixture.

usage: leakscan.py FIXTURE POLICY.json OUTPUT...

Every value of every VERY_HIGH and INTERNAL column (by POLICY, e.g.
rules/amc.json) of every table the fixture has that can name someone (eight
characters or more, a digit among them: ids, hashes, tags) is an
identifier; flags, small numbers and names (the advertiser, which the
catalog classes VERY_HIGH though campaign names spell it) are left out. An
output file leaks when it holds one, ignoring case: as a whole word (a run
of letters, digits, '-' and '_') or as a stretch of an identifier's length
inside a longer word. Prints the files that leak (never the values found)
and exits 1 if any does.
"""
import json
import re
import sqlite3
import sys


def identifiers(fixture, policy):
    with open(policy, encoding="utf-8") as f:
        tables = json.load(f)["tables"]
    db = sqlite3.connect("file:%s?mode=ro" % fixture, uri=True)
    have = {r[0] for r in db.execute("SELECT name FROM sqlite_master")}
    cols = {}
    for t in tables:
        for c in t.get("columns", []):
            if c.get("class") in ("VERY_HIGH", "INTERNAL"):
                cols.setdefault(t["name"], []).append(c["name"])
    ids = set()
    for t, cs in cols.items():
        if t not in have:
            continue
        for c in cs:
            try:
                rows = db.execute('SELECT DISTINCT "%s" FROM "%s" WHERE "%s" IS NOT NULL'
                                  % (c, t, c))
            except sqlite3.Error:
                continue
            for (v,) in rows:
                s = str(v).lower()
                if len(s) >= 8 and re.search(r"[0-9]", s) and not re.search(r"\s", s):
                    ids.add(s)
    return ids


def leaks(text, ids, lengths):
    for word in re.findall(r"[0-9a-z_-]+", text.lower()):
        if word in ids:
            return True
        for n in lengths:
            for i in range(0, len(word) - n + 1):
                if word[i:i + n] in ids:
                    return True
    return False


def main():
    if len(sys.argv) < 3:
        print(__doc__.strip(), file=sys.stderr)
        return 2
    ids = identifiers(sys.argv[1], sys.argv[2])
    if not ids:
        print("no identifiers in %s: nothing would be found" % sys.argv[1])
        return 1
    lengths = sorted({len(i) for i in ids})
    bad = 0
    for path in sys.argv[3:]:
        with open(path, encoding="utf-8", errors="replace") as f:
            if leaks(f.read(), ids, lengths):
                print("%s: an identifier of the fixture is in the output" % path)
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
