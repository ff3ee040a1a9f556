#!/usr/bin/python3
"""Window size and preferences kept between runs in GSettings (issue 14.2): the window resized, the dark style
chosen from the menu, the list sorted newest first and the timeline stacked by situation; quit; GSettings holds
each (read with `gsettings`, as a user would check); started again, the window comes back as it was left. A
style set with `gsettings` while the app runs is followed at once. Without the schema installed the app still
starts and says once what it cannot keep. Run inside dbus-run-session and xvfb-run (see scripts/test-gui)."""
import os, subprocess, sys, time
import pyatspi
from atspi_helpers import check, find_all, wait_for, app_frame, stop, key, click, summary, app_window_id, row_day, walk

APP = sys.argv[1]
SCHEMA = "io.github.rostrum.Rostrum"

def gsettings(key_name):
    return subprocess.run(["gsettings", "get", SCHEMA, key_name], capture_output=True, text=True).stdout.strip()

def window_luminance():
    """The window's mean luminance from a screenshot, 0 (black) to 1 (white): libadwaita's dark style is
    under 0.3, its light one over 0.7."""
    out = subprocess.run(["import", "-window", app_window_id(), "-colorspace", "gray", "-format", "%[fx:mean]",
                          "info:"], capture_output=True, text=True).stdout.strip()
    return float(out) if out else None

def geometry():
    out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", app_window_id()], capture_output=True,
                         text=True).stdout
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    return int(values.get("WIDTH", 0)), int(values.get("HEIGHT", 0))

def row_days(frame):
    lists = find_all(frame, name="Statements")
    rows = [n for n in walk(lists[0]) if n.getRoleName() in ("list item", "table row")] if lists else []
    return [d for d in (row_day(r) for r in rows) if d]

def start(env=None):
    proc = subprocess.Popen([APP], stdout=subprocess.PIPE, stderr=subprocess.STDOUT, env=env, text=True)
    frame = wait_for(app_frame, timeout=30)
    return proc, frame

def menu_item(frame, label):
    found = [n for n in find_all(frame.parent, name=label) if n.getRoleName() != "label"]
    return found[0] if found else None

def open_style_menu(frame):
    """The main menu opened at its Style submenu, as a user goes there."""
    menu = find_all(frame, name="Main menu")
    if not menu:
        return False
    click(menu[0])
    style = wait_for(lambda: menu_item(frame, "Style"), timeout=5)
    if style:
        style.queryAction().doAction(0)
        time.sleep(0.5)
    return bool(style)

def choose_from_menu(frame, label):
    if not open_style_menu(frame):
        return None
    item = wait_for(lambda: menu_item(frame, label), timeout=5)
    if item:
        # The menu is a popover, placed apart from the window whose coordinates GTK gives: chosen through its
        # accessible action, as a screen reader's user chooses it.
        action = item.queryAction()
        action.doAction(0)
        time.sleep(0.5)
    return item

# 1. Left as a user leaves it.
proc, frame = start()
try:
    check("the window opens", frame is not None, "no frame named Rostrum")
    if frame is None:
        raise SystemExit(1)
    check("it opens in the light style by default", (window_luminance() or 0) > 0.7, window_luminance())
    subprocess.run(["xdotool", "windowsize", app_window_id(), "1010", "650"], check=True)
    time.sleep(1.0)
    check("Dark Style can be chosen from the main menu's Style submenu",
          choose_from_menu(frame, "Dark Style") is not None)
    check("the window turns dark at once", wait_for(lambda: (window_luminance() or 1) < 0.3, timeout=5),
          window_luminance())
    check("GSettings holds the dark style", wait_for(lambda: gsettings("color-scheme") == "'dark'", timeout=5),
          gsettings("color-scheme"))
    sort = wait_for(lambda: find_all(frame, name="Sort by date"))
    if sort:
        click(sort[0])
    check("the list sorted newest first is kept", wait_for(lambda: gsettings("date-order") == "'newest-first'",
                                                           timeout=5), gsettings("date-order"))
    key("ctrl+t")
    check("the timeline stacked by situation is kept",
          wait_for(lambda: gsettings("stack-by-situation") == "true", timeout=5), gsettings("stack-by-situation"))
    key("ctrl+q")
    proc.wait(timeout=10)
    width, height = int(gsettings("window-width") or 0), int(gsettings("window-height") or 0)
    check("quitting keeps the window's size", abs(width - 1010) <= 60 and abs(height - 650) <= 60,
          (width, height))
finally:
    stop(proc)

# 2. Started again: as it was left.
proc, frame = start()
try:
    check("the window opens again", frame is not None)
    if frame is None:
        raise SystemExit(1)
    time.sleep(1.0)
    w, h = geometry()
    check("at the size it was left", abs(w - 1010) <= 60 and abs(h - 650) <= 60, (w, h))
    check("in the dark style", (window_luminance() or 1) < 0.3, window_luminance())
    open_style_menu(frame)
    dark = wait_for(lambda: menu_item(frame, "Dark Style"), timeout=5)
    check("the menu shows Dark Style chosen", dark and dark.getState().contains(pyatspi.STATE_CHECKED),
          dark.getState().getStates() if dark else "no item")
    key("Escape")
    days = wait_for(lambda: (lambda d: d if len(d) >= 3 else None)(row_days(frame)))
    check("the list newest first", days and days == sorted(days, reverse=True) and days[0] > days[-1], days)
    switch = find_all(frame, name="Stack the timeline by situation")
    checked = switch and switch[0].getState().contains(pyatspi.STATE_CHECKED) or (
        switch and switch[0].getState().contains(pyatspi.STATE_PRESSED))
    check("the timeline stacked by situation", checked, switch[0].getState().getStates() if switch else "no switch")
    subprocess.run(["gsettings", "set", SCHEMA, "color-scheme", "light"], check=True)
    check("a style set with gsettings while it runs is followed", wait_for(
        lambda: (window_luminance() or 0) > 0.7, timeout=5), window_luminance())
finally:
    stop(proc)
for name in ["window-width", "window-height", "color-scheme", "date-order", "stack-by-situation"]:
    subprocess.run(["gsettings", "reset", SCHEMA, name])

# 3. No schema where GLib looks: the app starts on its defaults and says why nothing will be kept.
empty = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"rostrum-no-schemas-{os.getpid()}")
os.makedirs(empty, exist_ok=True)
proc, frame = start(dict(os.environ, XDG_DATA_DIRS=empty, XDG_DATA_HOME=empty, GSETTINGS_SCHEMA_DIR=empty))
try:
    check("without the schema installed the window still opens", frame is not None)
finally:
    stop(proc)
said = proc.stdout.read()
check("and says once that the size and preferences will not be kept",
      said.count("settings schema io.github.rostrum.Rostrum is not installed") == 1, said[-400:])

# 4. A system whose GSettings keeps nothing (no dconf: the memory backend): a key file in the config folder.
memory = dict(os.environ, GSETTINGS_BACKEND="memory")
proc, frame = start(memory)
try:
    if frame is not None:
        subprocess.run(["xdotool", "windowsize", app_window_id(), "930", "610"], check=True)
        time.sleep(1.0)
        key("ctrl+q")
        proc.wait(timeout=10)
finally:
    stop(proc)
config = os.environ.get("XDG_CONFIG_HOME", os.path.expanduser("~/.config"))
files = [os.path.join(d, f) for d, _, fs in os.walk(config) for f in fs if f == "settings"]
text = open(files[0]).read() if files else ""
check("without dconf the size goes to a key file in the config folder",
      "window-width=" in text and any(abs(int(line.split("=")[1]) - 930) <= 60
                                      for line in text.splitlines() if line.startswith("window-width=")), text)
proc, frame = start(memory)
try:
    time.sleep(1.0)
    w, h = geometry() if frame is not None else (0, 0)
    check("and comes back from it", abs(w - 930) <= 60 and abs(h - 610) <= 60, (w, h))
finally:
    stop(proc)
sys.exit(summary("settings"))
