#!/usr/bin/python3
"""The window on small screens (issue 15.6), on a screen of the size given (800x600 in scripts/test-gui): the
topic filter folds away below 1,000 pixels and comes back over the list from the header's sidebar button or
Alt+1; the text pane keeps a readable line of at least 60 characters. With ROSTRUM_SHOTS set, screenshots.
Run inside dbus-run-session and xvfb-run (see scripts/test-gui)."""
import os, subprocess, sys, time
import pyatspi
from atspi_helpers import check, find_all, wait_for, app_frame, stop, key, click, summary, app_window_id

APP, SIZE = sys.argv[1], sys.argv[2]
width, height = SIZE.split("x")

def shot(name):
    if os.environ.get("ROSTRUM_SHOTS"):
        time.sleep(0.8)
        subprocess.run(["import", "-window", "root", os.path.join(os.environ["ROSTRUM_SHOTS"], name + ".png")])

def display_lines(node):
    """The text pane's lines as laid out on screen: AT-SPI's line boundaries are GTK's wrapped display lines."""
    text = node.queryText()
    lines, offset = [], 0
    while offset < text.characterCount:
        line, start, end = text.getTextAtOffset(offset, pyatspi.TEXT_BOUNDARY_LINE_START)
        if end <= offset:
            break
        lines.append(line.rstrip("\n"))
        offset = end
    return lines

proc = subprocess.Popen([APP], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
try:
    frame = wait_for(app_frame, timeout=30)
    check("the window opens", frame is not None, "no frame named Rostrum")
    if frame is None:
        raise SystemExit(1)
    # The window manager may open it larger than the screen: made the screen's size, as a user would.
    subprocess.run(["xdotool", "windowsize", app_window_id(), width, height], check=True)
    subprocess.run(["xdotool", "windowmove", app_window_id(), "0", "0"], check=True)
    time.sleep(1.5)
    body = wait_for(lambda: find_all(frame, name="Statement text"))
    lines = display_lines(body[0]) if body else []
    longest = max((len(l) for l in lines), default=0)
    check(f"at {SIZE} the text pane shows at least 60 characters a line", longest >= 60,
          f"longest line {longest}: {lines[:4]}")
    statements = find_all(frame, name="Statements")
    x = statements[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)[0] if statements else None
    check(f"at {SIZE} the topic filter is folded away: the list starts at the window's left edge",
          x is not None and x < 40, f"the list starts at x={x}")
    shot(f"narrow-{SIZE}")
    def count():
        labels = find_all(frame, role="label", pattern=r"^\d+( of \d+)? statements?$")
        return labels[0].name if labels else None
    def revealed():
        button[0].clearCache()
        return button[0].getState().contains(pyatspi.STATE_PRESSED)
    total = wait_for(count)
    button = find_all(frame, name="Sidebar")
    if button:
        click(button[0])
    check("the header's sidebar button shows the topic filter", button and wait_for(revealed, timeout=5))
    shot(f"narrow-{SIZE}-sidebar")
    # A click of the pointer on a theme lands on it only if the filter is on screen, over the list.
    theme = wait_for(lambda: find_all(frame, role="push button", pattern=r"^Theme: COVID-19, \d+ statements?$"))
    if theme:
        wanted = theme[0].name.split(", ")[1].split()[0] + " of "
        click(theme[0])
    check("a theme clicked in it filters the list", theme and wait_for(lambda: (count() or "").startswith(wanted)),
          count())
    key("Escape")
    check("Escape folds it away again", button and wait_for(lambda: not revealed(), timeout=5))
    key("alt+1")
    check("Alt+1 shows it too", button and wait_for(revealed, timeout=5))
finally:
    stop(proc)

sys.exit(summary("narrow"))
