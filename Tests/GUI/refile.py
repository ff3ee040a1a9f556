#!/usr/bin/python3
"""A library filed under situations by an earlier version (scripts/test-gui imports the fixtures with a table that
lacks Ukraine): the window offers to file it again in a toast, files it with progress when asked, says what
changed, and its sidebar then lists the new situation; once filed, the offer is not made again, and the menu's
command files again at will.
Usage: refile.py APP [SCREENSHOT] (inside dbus-run-session and xvfb-run, see scripts/test-gui)."""
import re, subprocess, sys, time
from atspi_helpers import check, find_all, wait_for, app_frame, stop, key, summary, click, walk

APP = sys.argv[1]
SHOT = sys.argv[2] if len(sys.argv) > 2 else ""

def labels(frame, pattern):
    return [n.name for n in find_all(frame, role="label", pattern=pattern)]

def ukraine(frame):
    return find_all(frame, role="push button", pattern=r"^Situation: Ukraine, 1 statement$")

def start():
    proc = subprocess.Popen([APP], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, wait_for(app_frame, timeout=30)

proc, frame = start()
try:
    check("the window opens on the library filed by an earlier version", frame is not None)
    if frame is None:
        raise SystemExit(summary("refile"))
    offer = wait_for(lambda: find_all(frame, name="File Again"), timeout=10)
    check("it offers to file the statements again", offer and labels(frame, r"filed by an earlier version"),
          labels(frame, r"."))
    check("before filing again, no statement is under Ukraine", not ukraine(frame))
    if offer:
        click(offer[0])
        said = wait_for(lambda: labels(frame, r"^Filed \d+ statements again: 1 changed \(\+1 Ukraine\)$"), timeout=20)
        check("filing again says how many statements were read and what changed", said, labels(frame, r"Filed"))
        check("the sidebar lists the situation the new table found", wait_for(lambda: ukraine(frame), timeout=10))
        if SHOT:
            subprocess.run(["import", "-window", "root", SHOT], check=True)
    key("ctrl+q")
    proc.wait(timeout=10)
finally:
    stop(proc)

proc, frame = start()
try:
    check("opened again, the window is on the filed library", frame is not None and wait_for(lambda: ukraine(frame)))
    time.sleep(3.0)
    check("a library filed with this version's table is not offered filing again",
          not find_all(frame, name="File Again"))
    menu = find_all(frame, name="Main menu")
    if menu:
        click(menu[0])
        item = wait_for(lambda: find_all(frame.parent, name="File Situations Again"), timeout=5)
        check("the main menu has File Situations Again", item)
        if item:
            item[0].queryAction().doAction(0)
            said = wait_for(lambda: labels(frame, r"^Filed \d+ statements again: 0 changed$"), timeout=20)
            check("from the menu it files again, and nothing changes", said, labels(frame, r"Filed"))
    key("ctrl+q")
    proc.wait(timeout=10)
finally:
    stop(proc)
sys.exit(summary("refile"))
