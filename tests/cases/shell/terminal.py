#!/usr/bin/env python3
"""Drive `amcq shell` through a pseudo-terminal, as a person would: tab
completion (dot-commands and their arguments, tables, columns, alias.column),
history across sessions, Ctrl-C during a query and at the prompt, Ctrl-D,
-cmd and .timer. Prints one line per check; the .sh golden file compares.

usage: pty.py AMCQ FIXTURE STATE_DIR
"""
import os, pty, re, select, sys, time

amcq, fixture, state = sys.argv[1:4]
wrap = os.environ.get("AMCQ_WRAP", "").split()
# timeouts grow under a memory checker, and under AddressSanitizer
slow = 20 if wrap else 4 if "ASAN_OPTIONS" in os.environ else 1


def spawn(extra=()):
    pid, fd = pty.fork()
    if pid == 0:
        env = dict(os.environ, XDG_STATE_HOME=state, TERM="dumb", NO_COLOR="1")
        argv = wrap + [amcq, "shell", "--db", fixture] + list(extra)
        os.execvpe(argv[0], argv, env)
    return pid, fd


def read_until(fd, pattern, timeout=5):
    buf = b""
    end = time.time() + timeout * slow
    while time.time() < end:
        r, _, _ = select.select([fd], [], [], 0.1)
        if r:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                break
            if not chunk:
                break
            buf += chunk
            if re.search(pattern, buf.decode("utf-8", "replace")):
                return buf.decode("utf-8", "replace")
    return buf.decode("utf-8", "replace")


def check(name, ok):
    print(("ok   " if ok else "FAIL ") + name)


def wait_exit(pid, fd, timeout):
    end = time.time() + timeout * slow
    while time.time() < end:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        read_until(fd, r"$^", 0.2)
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    return None


def finish(pid, fd):
    # Clear whatever a late keystroke left on the line, then Ctrl-D (which
    # only ends input on an empty line); again if the machine is slow.
    read_until(fd, r"amcq> ", 2)
    code = None
    for _ in range(3):
        os.write(fd, b"\x15\x04")
        end = time.time() + 5 * slow
        while time.time() < end:
            done, status = os.waitpid(pid, os.WNOHANG)
            if done:
                os.close(fd)
                return os.waitstatus_to_exitcode(status)
            read_until(fd, r"$^", 0.2)
    code = wait_exit(pid, fd, 1)
    os.close(fd)
    return code


pid, fd = spawn()
out = read_until(fd, r"amcq> ", 10)
check("banner and prompt", "amcq> " in out and ".help" in out)

os.write(fd, b".sch\t")
out = read_until(fd, r"\.schema", 3)
check("completes a dot-command (.sch -> .schema)", ".schema" in out)
os.write(fd, b"\x15")  # kill the line
read_until(fd, r"$^", 0.3)

os.write(fd, b"SELECT COUNT(*) AS n FROM dsp_cl\t")
out = read_until(fd, r"dsp_clicks", 3)
check("completes a table name (dsp_cl -> dsp_clicks)", "dsp_clicks" in out)
os.write(fd, b"\r")
out = read_until(fd, r"\.\.\.> ", 3)
check("a statement continues until ';'", "...> " in out)
os.write(fd, b"GROUP BY campa\t")
out = read_until(fd, r"campaign", 3)
check("completes a column of a table in the statement (campa -> campaign)", "campaign" in out)
os.write(fd, b";\r")
out = read_until(fd, r"privacy: .*\n.*amcq> ", 20)
check("runs the statement and prints the privacy line", "privacy:" in out and "returned" in out)

os.write(fd, b"SELECT a.campaign, COUNT(*) AS n FROM dsp_impressions a CROSS JOIN dsp_impressions b "
             b"CROSS JOIN dsp_impressions c GROUP BY a.campaign;\r")
out = ""
end = time.time() + 30 * slow
while time.time() < end and "interrupted" not in out:
    time.sleep(0.3)
    os.write(fd, b"\x03")
    # another Ctrl-C only if this one was not seen: a spare one would land
    # on the next prompt
    out += read_until(fd, r"interrupted", 3)
out += read_until(fd, r"amcq> ", 10)
read_until(fd, r"$^", 0.5)
check("Ctrl-C stops a running query and returns to the prompt", "interrupted" in out and "amcq> " in out)

os.write(fd, b"SELECT half a stat")
read_until(fd, r"stat", 2)
os.write(fd, b"\x03")
out = read_until(fd, r"amcq> ", 3)
os.write(fd, b".mode csv\r")
read_until(fd, r"amcq> ", 3)
os.write(fd, b"SELECT COUNT(*) > 0 AS any_rows FROM dsp_clicks;\r")
out = read_until(fd, r"privacy:", 10)
check("Ctrl-C at the prompt drops the line and keeps the shell", "any_rows" in out and "true" in out)

code = finish(pid, fd)
check("Ctrl-D leaves with status 0", code == 0)
hist = os.path.join(state, "amcq", "history")
check("history is saved in $XDG_STATE_HOME/amcq/history",
      os.path.exists(hist) and "any_rows" in open(hist, errors="replace").read())

pid, fd = spawn()
read_until(fd, r"amcq> ", 10)
os.write(fd, b"\x1b[A")  # Up arrow: the last statement again
out = read_until(fd, r"any_rows", 3)
check("the history comes back in a new session (Up arrow)", "any_rows" in out)
os.write(fd, b"\r")
out = read_until(fd, r"privacy:", 10)
check("and runs again", "privacy:" in out)

# Columns: those of a table named after the cursor (ad_ is ad_slot_size in
# dsp_clicks, and the start of many columns of other tables), those of every
# table while none is named, table.column and alias.column.
def complete(keys, want, name):
    os.write(fd, keys)
    out = read_until(fd, re.escape(want), 3)
    check(name, want in out)
    os.write(fd, b"\x15")  # kill the line
    read_until(fd, r"$^", 0.3)


complete(b"SELECT ad_ FROM dsp_clicks" + b"\x02" * 16 + b"\t", "SELECT ad_slot_size",
         "completes a column of a table named after the cursor (ad_ -> ad_slot_size)")
complete(b"SELECT five_sec_v\t", "five_sec_views",
         "completes a column of any table before FROM names one (five_sec_v -> five_sec_views)")
complete(b"SELECT dsp_clicks.ad_sl\t", "dsp_clicks.ad_slot_size",
         "completes table.column (dsp_clicks.ad_sl -> dsp_clicks.ad_slot_size)")
os.write(fd, b"SELECT COUNT(*) AS n FROM dsp_clicks c CROSS JOIN sponsored_ads_traffic AS s\r")
read_until(fd, r"\.\.\.> ", 3)
complete(b"WHERE s.five_s\t", "s.five_sec_views",
         "completes alias.column from an earlier line (s.five_s -> s.five_sec_views)")
complete(b"WHERE c.ad_sl\t", "c.ad_slot_size", "and for the other alias (c.ad_sl -> c.ad_slot_size)")
os.write(fd, b"WHERE c.five_s\t")
out = read_until(fd, r"five_sec_views", 1)
check("offers only that table's columns (no c.five_sec_views)", "five_sec_views" not in out)
os.write(fd, b"\x03")  # drop the statement
read_until(fd, r"amcq> ", 3)
complete(b".mode nd\t", ".mode ndjson", "completes a dot-command's argument (.mode nd -> ndjson)")

os.write(fd, b".quit\r")
code = wait_exit(pid, fd, 10)
os.close(fd)
check(".quit leaves", code == 0)

# -cmd runs before the prompt; .timer times each statement; .exit N.
pid, fd = spawn(["-cmd", ".mode csv", "--cmd", ".timer on"])
out = read_until(fd, r"amcq> ", 10)
check("-cmd runs before the banner and the prompt", "amcq> " in out and "usage" not in out)
os.write(fd, b"SELECT COUNT(*) > 0 AS any_rows FROM dsp_clicks;\r")
out = read_until(fd, r"Run Time: .*\n.*amcq> ", 10)
check("the -cmd settings hold (csv)", re.search(r"any_rows\r*\ntrue", out) is not None)
check(".timer prints the time after the privacy line",
      re.search(r"privacy: .*\r\nRun Time: real [0-9]+\.[0-9]{3} user [0-9.]+ sys [0-9.]+\r\n", out)
      is not None)
os.write(fd, b".exit 3\r")
code = wait_exit(pid, fd, 10)
os.close(fd)
check(".exit 3 leaves with status 3", code == 3)
