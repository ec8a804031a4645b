"""The README's examples, run: every ```text block that starts with
"$ amcq ..." is a command and what it prints on a terminal (standard
output and standard error interleaved as they come, through a
pseudo-terminal, without colour). A line "..." stands for any number of
lines. Prints one line per example and the differences.

usage: readme_examples.py AMCQ README.md"""
import os
import pty
import re
import shlex
import subprocess
import sys


def blocks(text):
    for m in re.finditer(r"```text\n(.*?)```", text, re.S):
        lines = m.group(1).rstrip("\n").split("\n")
        if lines and lines[0].startswith("$ amcq "):
            yield text.count("\n", 0, m.start()) + 2, lines[0][2:], lines[1:]


def matches(want, got):
    """want may hold "..." lines: any run of lines, none included."""
    if not want:
        return not got
    if want[0] == "...":
        return any(matches(want[1:], got[i:]) for i in range(len(got) + 1))
    return bool(got) and want[0] == got[0] and matches(want[1:], got[1:])


def on_terminal(argv):
    master, slave = pty.openpty()
    p = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave,
                         env=dict(os.environ, NO_COLOR="1", TERM="dumb"))
    os.close(slave)
    out = b""
    while True:
        try:
            chunk = os.read(master, 65536)
        except OSError:  # the other side closed
            break
        if not chunk:
            break
        out += chunk
    p.wait()
    os.close(master)
    return out.decode("utf-8", "replace")


def main():
    amcq, readme = sys.argv[1], sys.argv[2]
    text = open(readme, encoding="utf-8").read()
    bad = 0
    n = 0
    for line, cmd, want in blocks(text):
        n += 1
        argv = shlex.split(cmd)
        argv[0] = amcq
        got = on_terminal(argv).replace("\r\n", "\n").rstrip("\n").split("\n")
        if matches(want, got):
            print(f"README.md:{line}: {cmd}: as shown")
        else:
            bad += 1
            print(f"README.md:{line}: {cmd}: differs; it prints:")
            for g in got[:40]:
                print("    " + g)
    print(f"{n} examples, {bad} differ")
    return 1 if bad else 0


sys.exit(main())
