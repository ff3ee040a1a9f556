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
    key("Escape")

    # Narrower than a list beside a readable line: the list and the text become two pages. (GTK does not tell
    # AT-SPI which page is on screen: the back button is there only on the text page, and the list's width
    # and a click on its rows' places show it is the list's.)
    def back_button():
        return find_all(frame, name="Back to the list")
    def extents(node):
        return node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    subprocess.run(["xdotool", "windowsize", app_window_id(), "600", height], check=True)
    list_width = lambda: extents(find_all(frame, name="Statements")[0])[2]
    check("at 600 pixels the list has the window to itself, with no back button",
          wait_for(lambda: list_width() > 500 and not back_button(), timeout=8), f"list width {list_width()}")
    shot("two-pages-list")
    lx, ly = extents(find_all(frame, name="Statements")[0])[:2]
    def click_first_row():
        subprocess.run(["xdotool", "mousemove", str(lx + 120), str(ly + 20), "click", "1"], check=True)
    click_first_row()
    check("a row clicked opens its text in the list's place, with a back button",
          wait_for(back_button, timeout=8))
    body = find_all(frame, name="Statement text")
    lines = display_lines(body[0]) if body else []
    longest = max((len(l) for l in lines), default=0)
    check("the text page shows at least 60 characters a line", longest >= 60, f"longest line {longest}")
    shot("two-pages-text")
    key("alt+Left")
    check("Alt+Left goes back to the list", wait_for(lambda: not back_button(), timeout=8))
    key("Return")
    check("Enter on the list's row opens the text again", wait_for(back_button, timeout=8))
    click(back_button()[0])
    check("the back button goes back too", wait_for(lambda: not back_button(), timeout=8))
    click_first_row()
    check("the list's rows are where the list is drawn: a click there opens the text once more",
          wait_for(back_button, timeout=8))
    subprocess.run(["xdotool", "windowsize", app_window_id(), width, height], check=True)
    check(f"at {width} pixels again the list and the text are side by side, with no back button",
          wait_for(lambda: list_width() < 400 and not back_button(), timeout=8), f"list width {list_width()}")
    body = find_all(frame, name="Statement text")
    lines = wait_for(lambda: display_lines(body[0]) if body else [])
    longest = max((len(l) for l in lines), default=0)
    check("with a readable line again", longest >= 60, f"longest line {longest}")
    shot("side-by-side-again")
finally:
    stop(proc)

sys.exit(summary("narrow"))
