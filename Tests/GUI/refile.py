#!/usr/bin/python3
"""A library filed under situations by an earlier version (scripts/test-gui imports the fixtures with a table that
lacks Ukraine): the window offers to file it again, in a toast and in its menu; files it with progress when asked,
says what changed, and its sidebar then lists the new situation. Once filed, neither offer is made again; marked
out of date again, the menu's command files it.
Usage: refile.py APP [SCREENSHOT] (inside dbus-run-session and xvfb-run, see scripts/test-gui; the library is
$ROSTRUM_LIBRARY)."""
import os, re, sqlite3, subprocess, sys, time
import pyatspi
from atspi_helpers import check, find_all, wait_for, app_frame, stop, key, summary, click

APP = sys.argv[1]
SHOT = sys.argv[2] if len(sys.argv) > 2 else ""
MENU_ITEM = "File Situations Again"

def labels(frame, pattern):
    return [n.name for n in find_all(frame, role="label", pattern=pattern)]

def ukraine(frame):
    return find_all(frame, role="push button", pattern=r"^Situation: Ukraine, 1 statement$")

def start():
    proc = subprocess.Popen([APP], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return proc, wait_for(app_frame, timeout=30)

def menu_items(frame):
    """Opens the main menu and returns its item of filing again (empty when hidden); the menu stays open."""
    click(find_all(frame, name="Main menu")[0])
    time.sleep(1.0)
    items = find_all(frame.parent, role="menu item", name=MENU_ITEM)
    return [n for n in items if n.getState().contains(pyatspi.STATE_VISIBLE)]

def quit(proc):
    key("ctrl+q")
    proc.wait(timeout=10)

proc, frame = start()
try:
    check("the window opens on the library filed by an earlier version", frame is not None)
    if frame is None:
        raise SystemExit(summary("refile"))
    offer = wait_for(lambda: find_all(frame, name="File Again"), timeout=10)
    check("it offers to file the statements again in a toast",
          offer and labels(frame, r"filed by an earlier version"), labels(frame, r"."))
    check("and in the main menu", menu_items(frame))
    key("Escape")
    check("before filing again, no statement is under Ukraine", not ukraine(frame))
    if offer:
        click(offer[0])
        said = wait_for(lambda: labels(frame, r"^Filed \d+ statements again: 1 changed \(\+1 Ukraine\)$"), timeout=20)
        check("filing again says how many statements were read and what changed", said, labels(frame, r"Filed"))
        check("the sidebar lists the situation the new table found", wait_for(lambda: ukraine(frame), timeout=10))
        if SHOT:
            subprocess.run(["import", "-window", "root", SHOT], check=True)
        check("once filed, the menu no longer offers it", not menu_items(frame))
        key("Escape")
    quit(proc)
finally:
    stop(proc)

proc, frame = start()
try:
    check("opened again, the window is on the filed library", frame is not None and wait_for(lambda: ukraine(frame)))
    time.sleep(3.0)
    check("a library filed with this version's table is offered nothing",
          not find_all(frame, name="File Again") and not menu_items(frame))
    key("Escape")
    quit(proc)
finally:
    stop(proc)

# As if an earlier version had filed it again: the menu's command files it, and nothing changes.
with sqlite3.connect(os.environ["ROSTRUM_LIBRARY"]) as db:
    db.execute("UPDATE situation_filing SET fingerprint = 'earlier'")
proc, frame = start()
try:
    wait_for(lambda: find_all(frame, name="File Again"), timeout=10)
    item = menu_items(frame)
    check("marked out of date again, the menu offers filing again", item)
    if item:
        item[0].queryAction().doAction(0)
        said = wait_for(lambda: labels(frame, r"^Filed \d+ statements again: 0 changed$"), timeout=20)
        check("from the menu it files again, and nothing changes", said, labels(frame, r"Filed"))
    quit(proc)
finally:
    stop(proc)
sys.exit(summary("refile"))
