#!/usr/bin/python3
"""Drives the real Rostrum window through the accessibility tree (AT-SPI) and xdotool, as a person
would: search and see the list shrink, click a theme and see counts and list change, select a
statement and read its title in the text pane. Run inside dbus-run-session and xvfb-run (see
scripts/test-gui). Prints one line per check and 'N passed, M failed' at the end."""
import os, re, subprocess, sys, time
import pyatspi

APP = sys.argv[1]
MORE = sys.argv[2] if len(sys.argv) > 2 else None  # a folder to import by opening it with the app
from atspi_helpers import (check, results, walk, find_all, wait_for, app_frame, stop, key, click, summary, app_window_id,
                           move_to, point, row_day)

def count_line(frame):
    labels = find_all(frame, role="label", pattern=r"^\d+( of \d+)? statements?$")
    return labels[0].name if labels else None

def rows_named(name):
    """The rows of the first list so named."""
    lists = find_all(frame, name=name)
    return [n for n in walk(lists[0]) if n.getRoleName() in ("list item", "table row")] if lists else []

def list_rows(frame):
    return rows_named("Statements")

def node_pixels(name):
    """The part of a screenshot of the window under the node so named: (x, y, width, height, RGB bytes), or None.
    GTK gives places in its window, so the window is captured, at 8 bits a channel."""
    nodes = find_all(frame, name=name)
    if not nodes:
        return None
    x, y, w, h = nodes[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    window = subprocess.run(["import", "-window", app_window_id(), "ppm:-"], capture_output=True, check=True).stdout
    ppm = subprocess.run(["convert", "ppm:-", "-crop", f"{w}x{h}+{x}+{y}", "+repage", "-depth", "8", "ppm:-"],
                         input=window, capture_output=True, check=True).stdout
    # P6 header: magic, width, height, maximum value, then RGB bytes.
    parts = ppm.split(maxsplit=4)
    return x, y, int(parts[1]), int(parts[2]), parts[4]

def hit_in_sight():
    """Whether the occurrence a line of key words in context opened is on screen: pixels of its orange mark
    (rgba(234,88,12,0.55) over the text background: white, or libadwaita's dark #1e1e1e) in the text pane's
    part of a screenshot. GTK 4.8's text view does not tell AT-SPI where its characters are, so the screen is
    asked."""
    shot = node_pixels("Text pane")
    if not shot:
        return False
    pixels = shot[4]
    def orange(r, g, b):
        return (235 <= r <= 250 and 150 <= g <= 176 and 108 <= b <= 134) or (
            132 <= r <= 152 and 52 <= g <= 72 and 10 <= b <= 30)
    marked = sum(1 for k in range(0, len(pixels) - 2, 3) if orange(pixels[k], pixels[k + 1], pixels[k + 2]))
    return marked >= 150

def trend_point():
    """Where on the window the first point of the first trend line is drawn (its colour, #0072B2, filling a
    3x3 square and reaching 2 pixels right and down: the line itself is 2 pixels wide), from a screenshot, as
    GTK does not tell AT-SPI what it paints."""
    shot = node_pixels("Timeline")
    if not shot:
        return None
    x, y, width, h, pixels = shot
    def blue(px, py):
        k = (py * width + px) * 3
        return k + 2 < len(pixels) and pixels[k] < 40 and abs(pixels[k + 1] - 114) < 30 and abs(pixels[k + 2] - 178) < 30
    for py in range(2, h - 2):
        for px in range(2, width - 2):
            if all(blue(px + i, py + j) for i in (-1, 0, 1) for j in (-1, 0, 1)) and blue(px, py + 2) and blue(px + 2, py):
                return x + px, y + py
    return None

def list_answers_clicks():
    """The statement list is on screen when a click on one of its rows opens that statement: GTK keeps a hidden
    page's widgets "visible" in the accessibility tree, with their old places, so only a click tells."""
    time.sleep(0.6)
    rows = list_rows(frame)
    if len(rows) < 2:
        return False
    for row in (rows[1], rows[0]):
        title = [n.name for n in walk(row) if n.getRoleName() == "label" and n.name][0]
        if pane_title(frame) == title:
            continue
        click(row)
        return wait_for(lambda: pane_title(frame) == title, timeout=5)
    return False

def focused(frame):
    """The node that holds the keyboard focus, if the accessibility tree says (its states read afresh: AT-SPI's
    client keeps the states it has seen, and GTK 4.8 does not tell it when a button takes the focus)."""
    for n in walk(frame):
        try:
            n.clearCache()
            if n.getState().contains(pyatspi.STATE_FOCUSED):
                return n
        except Exception:
            continue
    return None

def in_sidebar(node):
    sidebar = find_all(frame, name="Topic filter")
    return bool(sidebar) and any(n == node for n in walk(sidebar[0]))

def pane_title(frame):
    panes = find_all(frame, name="Text pane")
    if not panes:
        return None
    labels = [n for n in walk(panes[0]) if n.getRoleName() == "label" and n.name]
    return labels[0].name if labels else None

proc = subprocess.Popen([APP], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
try:
    frame = wait_for(app_frame, timeout=30)
    check("the window opens on the default library", frame is not None, "no frame named Rostrum")
    if frame is None:
        raise SystemExit
    total = wait_for(lambda: count_line(frame))
    check("a count of statements is shown", total is not None and total.endswith("statements"), total)
    n_total = int(total.split()[0]) if total else 0
    check("the list shows every statement", len(list_rows(frame)) == n_total, f"{len(list_rows(frame))} rows, {total}")

    # Search: type a query into the search entry and see the list shrink.
    entry = find_all(frame, name="Search statements")[0]
    entry.queryEditableText().setTextContents("cyberspace")
    shrunk = wait_for(lambda: (count_line(frame) or "").startswith("1 of"))
    check("searching shrinks the count", shrunk, count_line(frame))
    check("searching shrinks the list", wait_for(lambda: len(list_rows(frame)) == 1), f"{len(list_rows(frame))} rows")
    # Typing on into a broken query (an unclosed quote) keeps the last good results on screen.
    entry.queryEditableText().insertText(len("cyberspace"), ' "unclosed', len(' "unclosed'))
    check("a broken query says what is wrong", wait_for(lambda: find_all(frame, role="label", pattern="quotation mark is not closed")), "no error label")
    check("a broken query keeps the last results", (count_line(frame) or "").startswith("1 of"), count_line(frame))
    entry.queryEditableText().setTextContents("")
    check("clearing the search restores the list", wait_for(lambda: count_line(frame) == total), count_line(frame))

    # Topic filter: click a theme and see the count and the list change.
    theme = wait_for(lambda: find_all(frame, role="push button", pattern=r"^Theme: Regional organisations, \d+ statements?$"))
    check("themes are listed with counts", bool(theme), "no theme button")
    if theme:
        expected = int(re.search(r", (\d+) statement", theme[0].name).group(1))
        theme[0].queryAction().doAction(0)
        changed = wait_for(lambda: count_line(frame) == f"{expected} of {n_total} statements")
        check("clicking a theme narrows the count", changed, count_line(frame))
        check("clicking a theme narrows the list", wait_for(lambda: len(list_rows(frame)) == expected), f"{len(list_rows(frame))} rows")
        check("the theme shows as chosen", wait_for(lambda: find_all(frame, role="push button", pattern=r"^Theme: Regional organisations, .*selected$")), "")
        check("an active filter shows as a removable chip", bool(find_all(frame, role="push button", name="Remove filter Regional organisations")), "")
        other_forums = find_all(frame, role="push button", pattern=r"^Forum: ")
        check("forums stay listed with counts under the theme filter", bool(other_forums) and all(re.search(r", (\d+) statements?", b.name) for b in other_forums), [b.name for b in other_forums])
        find_all(frame, role="push button", name="Clear all filters")[0].queryAction().doAction(0)
        check("Clear All restores the list", wait_for(lambda: count_line(frame) == total), count_line(frame))

    # While the pointer is over the topic filter, a click changes counts but not places: the next click lands on
    # the value that was under the pointer. Once the pointer leaves, the values are sorted by count again.
    def theme_order():
        buttons = find_all(frame, role="push button", pattern=r"^Theme: ")
        ys = {b.name: b.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).y for b in buttons}
        return [re.match(r"^Theme: (.*?), \d+ statements?", n).group(1) for n in sorted(ys, key=ys.get)]
    before = theme_order()
    themes = find_all(frame, role="push button", pattern=r"^Theme: ")
    if len(before) > 3 and themes:
        target = [b for b in themes if b.name.startswith(f"Theme: {before[3]},")][0]
        click(target)
        wait_for(lambda: count_line(frame) != total)
        after = theme_order()
        # Values the filter leaves empty go; those still listed keep their order.
        check("a click in the topic filter leaves every value in its place",
              [v for v in before if v in after] == [v for v in after if v in before] and before[3] in after,
              (before[:6], after[:6]))
        subprocess.run(["xdotool", "mousemove", "--window", app_window_id(), "900", "500"], check=True)
        def sorted_by_count():
            counts = [int(re.search(r", (\d+) statements?", b.name).group(1))
                      for b in sorted(find_all(frame, role="push button", pattern=r"^Theme: "),
                                      key=lambda b: b.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).y)]
            return counts == sorted(counts, reverse=True)
        check("once the pointer leaves, the values are sorted by count again", wait_for(sorted_by_count),
              theme_order()[:6])
        key("ctrl+shift+BackSpace")
        wait_for(lambda: count_line(frame) == total)

    # The keyboard stays in the topic filter across a filter change: the counts change, and the focus stays on
    # the value's button, so Space undoes what it did. The first value is on screen at the top of the sidebar.
    first = wait_for(lambda: find_all(frame, role="push button", pattern=r"^Situation: "))
    if first:
        value = re.match(r"^Situation: (.*), \d+ statements?$", first[0].name).group(1)
        def on_value(selected):
            """Whether the focus is on the value's button, chosen or not."""
            h = focused(frame)
            name = rf"^Situation: {re.escape(value)}, \d+ statements?" + (", selected$" if selected else "$")
            return h is not None and in_sidebar(h) and re.match(name, h.name or "")
        click(first[0])  # a click toggles it and leaves the keyboard on it
        narrowed = wait_for(lambda: (count_line(frame) or "").endswith(f" of {n_total} statements"))
        holder = wait_for(lambda: on_value(True), timeout=5)
        check("after a filter change the keyboard stays on the value's button in the topic filter",
              narrowed and holder, (count_line(frame), focused(frame).name if focused(frame) else "nothing focused"))
        key("space")
        undone = wait_for(lambda: count_line(frame) == total)
        holder = wait_for(lambda: on_value(False), timeout=5)
        check("Space on it then takes the filter off, and the keyboard is still there",
              undone and holder, (count_line(frame), focused(frame).name if focused(frame) else "nothing focused"))
        key("Escape")

    # The selected statement's day is marked on the timeline in blue, and the mark follows the selection: of two
    # statements of different days, the later one's mark is to the right. GTK does not tell AT-SPI what it paints.
    def marker_left():
        """The leftmost column of the timeline holding at least 20 pixels of the marker's blue (#3685E3)."""
        shot = node_pixels("Timeline")
        if not shot:
            return None
        _, _, width, height, pixels = shot
        def blue(k):
            return abs(pixels[k] - 54) < 14 and abs(pixels[k + 1] - 133) < 14 and abs(pixels[k + 2] - 227) < 14
        for px in range(width):
            if sum(1 for py in range(height) if blue((py * width + px) * 3)) >= 20:
                return px
        return None
    dated = {}
    for row in list_rows(frame):
        dated.setdefault(row_day(row), row)
    days = sorted(d for d in dated if d is not None)
    if len(days) >= 2:
        places = []
        for day in (days[0], days[-1]):
            click(dated[day])
            time.sleep(0.8)
            places.append(marker_left())
        check("the timeline marks the selected statement's day, and the mark moves to the next one selected",
              None not in places and places[0] < places[1], (days[0], days[-1], places))
    else:
        check("the library has statements of two different days", False, days)

    # Situations: listed above the themes with counts; a click narrows; Ctrl+T stacks the timeline by them.
    situation = wait_for(lambda: find_all(frame, role="push button", pattern=r"^Situation: Regional organisations, 1 statement$"))
    check("situations are listed with counts", bool(situation), [b.name for b in find_all(frame, role="push button", pattern="^Situation")])
    if situation:
        situation[0].queryAction().doAction(0)
        check("clicking a situation narrows the count", wait_for(lambda: count_line(frame) == f"1 of {n_total} statements"), count_line(frame))
        find_all(frame, role="push button", name="Clear all filters")[0].queryAction().doAction(0)
        wait_for(lambda: count_line(frame) == total)
    switch = find_all(frame, name="Stack the timeline by situation")
    check("the timeline has a switch to stack by situation", bool(switch), "")
    if switch:
        checked = lambda: switch[0].getState().contains(pyatspi.STATE_CHECKED) or switch[0].getState().contains(pyatspi.STATE_PRESSED)
        check("it starts stacked by theme", not checked(), "")
        key("ctrl+t")
        check("Ctrl+T stacks the timeline by situation", wait_for(checked), "")
        key("ctrl+t")
        check("Ctrl+T again stacks it by theme", wait_for(lambda: not checked()), "")

    # The statements the timeline cannot place are counted beside it, one click from being listed alone.
    undated = find_all(frame, role="push button", pattern=r"^Show the \d+ undated statements?\b")
    check("the timeline says how many statements have no date", bool(undated), "")
    if undated:
        n = int(re.search(r"the (\d+) undated", undated[0].name).group(1))
        undated[0].queryAction().doAction(0)
        check("its button lists the undated statements alone", wait_for(lambda: count_line(frame) == f"{n} of {n_total} statements"), count_line(frame))
        find_all(frame, role="push button", name="Clear all filters")[0].queryAction().doAction(0)
        wait_for(lambda: count_line(frame) == total)

    # Select a statement in the list and read its title in the text pane.
    rows = wait_for(lambda: list_rows(frame))
    target = rows[-1] if rows else None
    if target is not None:
        row_title = [n.name for n in walk(target) if n.getRoleName() == "label" and n.name][0]
        click(target)
        check("selecting a statement shows its title in the text pane", wait_for(lambda: pane_title(frame) == row_title), f"{pane_title(frame)!r} vs {row_title!r}")
        # The Correct and Delete buttons lie over the header's corner: the title's label must end before them.
        panes = find_all(frame, name="Text pane")
        title_label = [n for n in walk(panes[0]) if n.getRoleName() == "label" and n.name == row_title] if panes else []
        buttons = [b for name in ("Correct this statement", "Delete this statement")
                   for b in find_all(frame, role="push button", name=name)]
        if title_label and buttons:
            t = title_label[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
            left = min(b.queryComponent().getExtents(pyatspi.DESKTOP_COORDS).x for b in buttons)
            check("the pane's title keeps clear of its Correct and Delete buttons", t.x + t.width <= left,
                  f"title ends at {t.x + t.width}, buttons start at {left}")
        else:
            check("the pane's title and its Correct and Delete buttons are found", False,
                  f"{len(title_label)} titles, {len(buttons)} buttons")
        subprocess.run(["xdotool", "key", "alt+Up"], check=True)
        check("Alt+Up selects the previous statement", wait_for(lambda: pane_title(frame) != row_title), pane_title(frame))
        # Up and Down in the focused list move the selection, and the text follows.
        first = rows[0]
        first_title = [n.name for n in walk(first) if n.getRoleName() == "label" and n.name][0]
        click(first)
        wait_for(lambda: pane_title(frame) == first_title)
        subprocess.run(["xdotool", "key", "Down"], check=True)
        second_title = [n.name for n in walk(rows[1]) if n.getRoleName() == "label" and n.name][0]
        check("Down in the list shows the next statement", wait_for(lambda: pane_title(frame) == second_title), f"{pane_title(frame)!r} vs {second_title!r}")
        # A screen reader announces a control without a name of its own by its class ("GtkToggleButton").
        controls = {"push button", "toggle button", "check box", "entry", "text", "radio button", "combo box",
                    "spin button", "switch", "slider", "link"}
        unnamed = []
        for n in walk(frame):
            try:
                if n.getRoleName() in controls and (not n.name or n.name.startswith("Gtk")):
                    unnamed.append(f"{n.getRoleName()} {n.name!r} in {n.parent.getRoleName()} {n.parent.name!r}")
            except Exception:
                continue
        check("every control of the window has a name of its own, none announced by its class", not unnamed, unnamed)
    else:
        check("the list has rows to select", False, "no rows")

    # Echoes: a passage the ambassador said again two years later is listed in the text pane and highlighted;
    # its line opens the statement that said it first.
    entry.queryEditableText().setTextContents("\"Second Committee\"")
    wait_for(lambda: (count_line(frame) or "").startswith("1 of"))
    rows = wait_for(lambda: list_rows(frame))
    if rows:
        click(rows[0])
        # The pane's links (other versions, echoes) are one label of links, read as text.
        echo = wait_for(lambda: find_all(frame, role="label", pattern=r"^Echo: also in 1 other statement; first said by .*14 October 2021"))
        check("a passage said again is listed as an echo in the text pane", bool(echo),
              [b.name for b in find_all(frame, role="label", pattern="^Echo")])
        if echo and os.environ.get("ROSTRUM_SCREENSHOT_ECHO"):
            time.sleep(0.8)
            subprocess.run(["import", "-window", "root", os.environ["ROSTRUM_SCREENSHOT_ECHO"]], check=True)
        if echo:
            entry.queryEditableText().setTextContents("")
            wait_for(lambda: count_line(frame) == total)
            echo = wait_for(lambda: find_all(frame, role="label", pattern=r"^Echo: also in 1 other statement"))
            if echo:
                # A click on the link's first words, as a reader would.
                x, y = point(echo[0], dx=40)
                ext = echo[0].queryComponent().getExtents(pyatspi.WINDOW_COORDS)
                subprocess.run(["xdotool", "mousemove", "--window", app_window_id(), str(x), str(ext.y + 8)], check=True)
                subprocess.run(["xdotool", "click", "1"], check=True)
            check("the echo's line opens the statement that said it first",
                  wait_for(lambda: (pane_title(frame) or "").endswith("Debate on Development Financing")), pane_title(frame))
    entry.queryEditableText().setTextContents("")
    wait_for(lambda: count_line(frame) == total)

    # Key words in context: Ctrl+Shift+K puts one line per occurrence in the list's place; a line opens its
    # statement; the back button brings the list back.
    subprocess.run(["xdotool", "key", "ctrl+shift+k"], check=True)
    kwic_entry = wait_for(lambda: find_all(frame, name="Key words in context: word or phrase"))
    check("Ctrl+Shift+K opens key words in context", bool(kwic_entry), "no entry")
    if kwic_entry:
        time.sleep(0.4)
        subprocess.run(["xdotool", "type", "--delay", "40", "terrorism"], check=True)
        said = wait_for(lambda: find_all(frame, role="label", pattern=r"^“terrorism”: \d+ occurrences? in \d+ statements?"))
        check("key words in context say how many occurrences in how many statements", bool(said),
              [l.name for l in find_all(frame, role="label", pattern="^“")])
        occurrences = int(re.search(r": (\d+) occ", said[0].name).group(1)) if said else -1
        kwic_rows = lambda: rows_named("Key words in context")
        lines = wait_for(lambda: kwic_rows() if len(kwic_rows()) == min(occurrences, 500) else None)
        check("one line per occurrence", bool(lines), f"{len(kwic_rows())} lines, {occurrences} occurrences")
        if lines:
            texts = [n.name for n in walk(lines[-1]) if n.getRoleName() == "label" and n.name]
            check("each line holds the word between its context", any(t.lower() == "terrorism" for t in texts), texts)
            # The last line in sight (the view's rows below may be out of it).
            bottom = sum(find_all(frame, name="Key words in context")[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)[1::2])
            shown = [l for l in lines if sum(l.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)[1::2]) <= bottom]
            texts = [n.name for n in walk(shown[-1]) if n.getRoleName() == "label" and n.name]
            line_title = texts[-1].split(" · ")[-1] if texts else None
            click(shown[-1])
            check("a line opens its statement in the text pane", wait_for(lambda: pane_title(frame) == line_title),
                  f"{pane_title(frame)!r} vs {line_title!r}")
            # The occurrence is scrolled into sight: its orange mark is on screen in the text pane.
            check("the opened occurrence is in sight", wait_for(hit_in_sight, timeout=6),
                  "no orange mark in the text pane")
            if os.environ.get("ROSTRUM_SCREENSHOT_KWIC"):
                time.sleep(1.0)
                subprocess.run(["import", "-window", "root", os.environ["ROSTRUM_SCREENSHOT_KWIC"]], check=True)
        # The trend on the timeline split by country: a line per country; a click on a point lists its statements.
        split = find_all(frame, name="Trend lines on the timeline")
        if split:
            # Its list (one line, by speaker, by country, ...) from the keyboard: Down twice from "One line".
            click(split[0])
            time.sleep(0.8)
            key("Down", "Down", "Return")
        note = wait_for(lambda: find_all(frame, role="label", pattern=r"^One line(: the only one of the countries| for each of the \d+ countries)"))
        check("the trend split by country says how many lines it draws", bool(note),
              [l.name for l in find_all(frame, role="label", pattern="line|Click")])
        before = count_line(frame)
        spot = wait_for(lambda: trend_point(), timeout=6)
        check("the first country's line is drawn with its points", bool(spot), "no point of #0072B2 on the timeline")
        if spot:
            subprocess.run(["xdotool", "mousemove", "--window", app_window_id(), str(spot[0]), str(spot[1]),
                            "click", "1"], check=True)
            narrowed = wait_for(lambda: count_line(frame) != before and find_all(frame, pattern=r"^Remove .*(20\d\d)"))
            check("a click on a point lists that year's statements of that country", bool(narrowed),
                  f"{count_line(frame)} (was {before}); chips {[n.name for n in find_all(frame, pattern='^Remove')]}")
            if os.environ.get("ROSTRUM_SCREENSHOT_TREND"):
                time.sleep(1.0)
                subprocess.run(["import", "-window", "root", os.environ["ROSTRUM_SCREENSHOT_TREND"]], check=True)
            clear = find_all(frame, role="push button", name="Clear all filters")
            if clear:
                click(clear[0])
        back = find_all(frame, role="push button", name="Close key words in context")
        if back:
            back[0].queryAction().doAction(0)
        check("the back button brings the list back", list_answers_clicks(), "a click on the list's row opens nothing")

    # Echoes under the filters: Ctrl+Shift+R lists the passages said again; the chosen one's statements are
    # listed below it, and one opens with the passage marked.
    subprocess.run(["xdotool", "key", "ctrl+shift+r"], check=True)
    said_again = wait_for(lambda: find_all(frame, role="label", pattern=r"^\d+ passages? said again, in \d+ statements"), timeout=20)
    check("Ctrl+Shift+R says how many passages are said again", bool(said_again),
          [l.name for l in find_all(frame, role="label", pattern="said again|Looking")])
    clusters = wait_for(lambda: rows_named("Echoes"))
    check("the passage the ambassador said again is a row", bool(clusters) and any(
        "2 statements" in (n.name or "") for r in clusters for n in walk(r)), [n.name for r in clusters for n in walk(r) if n.name][:6])
    holders = wait_for(lambda: rows_named("Statements that say it"))
    check("its two statements are listed", len(holders) == 2, f"{len(holders)} statements")
    if len(holders) == 2:
        label = [n.name for n in walk(holders[1]) if n.getRoleName() == "label" and n.name]
        title = label[0].split(" · ")[-1] if label else None
        click(holders[1])
        check("a statement of the passage opens", wait_for(lambda: pane_title(frame) == title), f"{pane_title(frame)!r} vs {title!r}")
        if os.environ.get("ROSTRUM_SCREENSHOT_ECHOES"):
            time.sleep(1.0)
            subprocess.run(["import", "-window", "root", os.environ["ROSTRUM_SCREENSHOT_ECHOES"]], check=True)
    back = find_all(frame, role="push button", name="Close echoes")
    if back:
        back[0].queryAction().doAction(0)
    check("the list comes back", list_answers_clicks(), "a click on the list's row opens nothing")

    # Comparing two groups: one speaker's statements pinned as A with Ctrl+Shift+C, another speaker's chosen
    # as B in the topic filter; the word B overuses is listed on B's side and opens its lines in context.
    def speaker(name):
        return wait_for(lambda: find_all(frame, role="push button", pattern=rf"^Speaker: {name}, \d+ statements?"))
    zhang = speaker("Zhang Jun")
    check("a speaker of several statements is in the topic filter", bool(zhang), "no Zhang Jun")
    if zhang:
        zhang[0].queryAction().doAction(0)
        wait_for(lambda: (count_line(frame) or "").startswith("3 of"))
        subprocess.run(["xdotool", "key", "ctrl+shift+c"], check=True)
        pinned = wait_for(lambda: find_all(frame, role="label", pattern="^Group A is pinned"))
        check("Ctrl+Shift+C pins the filter as group A and asks for B", bool(pinned),
              [l.name for l in find_all(frame, role="label", pattern="^(A:|Group)")])
        speaker("Zhang Jun")[0].queryAction().doAction(0)
        other = speaker("Kofi Mensah-Arthur")
        if other:
            other[0].queryAction().doAction(0)
        said = wait_for(lambda: find_all(
            frame, role="label", pattern=r"^A: Zhang Jun — 3 statements, [\d,]+ words\.  B: Kofi Mensah-Arthur — 2 "))
        check("the two groups are named with their sizes", bool(said),
              [l.name for l in find_all(frame, role="label", pattern="^(A:|Group|Reading)")])
        food = wait_for(lambda: [r for r in rows_named("Words distinctive of B")
                                 if any((n.name or "").startswith("Distinctive of B: food,") for n in walk(r))])
        check("the word group B overuses is on B's side", bool(food),
              [n.name for r in rows_named("Words distinctive of B") for n in walk(r) if n.name][:4])
        shares = find_all(frame, name="Theme shares of A and B")
        check("theme shares are drawn for both groups", bool(shares) and any(
            re.match(r".*: [AB] \d+ per cent$", n.name or "") for n in walk(shares[0])), "no share")
        if food and os.environ.get("ROSTRUM_SCREENSHOT_COMPARE"):
            time.sleep(1.0)
            subprocess.run(["import", "-window", "root", os.environ["ROSTRUM_SCREENSHOT_COMPARE"]], check=True)
        # Saved as a chart: a .png name in the save dialog draws the comparison.
        save = find_all(frame, role="push button", name="Export the comparison")
        if save:
            import tempfile
            chart = os.path.join(tempfile.mkdtemp(), "compare.png")
            save[0].queryAction().doAction(0)
            time.sleep(1.5)
            key("ctrl+a")
            subprocess.run(["xdotool", "type", "--delay", "20", chart], check=True)
            key("Return")
            done = wait_for(lambda: find_all(frame, role="label", pattern=r"^Exported the chart to compare.png"))
            with open(chart, "rb") if os.path.exists(chart) else open(os.devnull, "rb") as f:
                magic = f.read(4)
            check("the comparison saves as a chart when the name ends in .png", bool(done) and magic == b"\x89PNG",
                  f"toast {bool(done)}, file starts {magic!r}")
        if food:
            click(food[0])
            lines = wait_for(lambda: find_all(frame, role="label", pattern=r"^“food”: 3 occurrences in 2 statements"))
            check("a distinctive word opens its lines in context in that group", bool(lines),
                  [l.name for l in find_all(frame, role="label", pattern="^“")])
        back = find_all(frame, role="push button", name="Close key words in context")
        if back:
            back[0].queryAction().doAction(0)
        subprocess.run(["xdotool", "key", "ctrl+shift+BackSpace"], check=True)
        check("the list comes back after comparing", wait_for(lambda: count_line(frame) == total) and list_answers_clicks(),
              count_line(frame))

    # Ctrl+F puts the cursor in the search entry; typing there searches.
    subprocess.run(["xdotool", "key", "ctrl+f"], check=True)
    time.sleep(0.4)
    subprocess.run(["xdotool", "type", "--delay", "40", "Ukraine"], check=True)
    check("Ctrl+F then typing searches", wait_for(lambda: (count_line(frame) or "").startswith("1 of")), count_line(frame))
    # The word being typed is a prefix: "terr" already finds terrorism.
    subprocess.run(["xdotool", "key", "ctrl+a", "BackSpace"], check=True)
    wait_for(lambda: count_line(frame) == total)
    subprocess.run(["xdotool", "type", "--delay", "60", "terr"], check=True)
    check("typing “terr” shows statements on terrorism", wait_for(lambda: re.match(r"^[1-9]\d* of ", count_line(frame) or "")), count_line(frame))
    # Each row shows the words around its hit; the list can put the best matches first.
    def snippets():
        return [n.name for r in list_rows(frame) for n in walk(r)
                if n.getRoleName() == "label" and "terr" in (n.name or "").lower() and "…" in (n.name or "")]
    check("each row shows the words around its hit", wait_for(snippets), [n.name for r in list_rows(frame)[:2] for n in walk(r)])
    best = find_all(frame, role="push button", name="Sort by best match")
    if best:
        best[0].queryAction().doAction(0)
    check("the list can be sorted by best match", wait_for(lambda: find_all(frame, role="label", name="By best match")), "")
    if best:
        best[0].queryAction().doAction(0)
    # The statement opens at its first hit, with a counter; Ctrl+G and Shift+F3 step through the hits.
    counter = lambda: [l for l in find_all(frame, role="label", pattern=r"^Search hit \d+ of \d+$")]
    first = wait_for(lambda: [l for l in counter() if l.name.startswith("Search hit 1 of")])
    check("the statement opens at its first hit, counted", bool(first), [l.name for l in counter()])
    hits = int(first[0].name.split()[-1]) if first else 0
    key("ctrl+g")
    second = f"Search hit {2 if hits > 1 else 1} of {hits}"
    check("Ctrl+G moves to the next hit", wait_for(lambda: any(l.name == second for l in counter())),
          [l.name for l in counter()])
    check("the hit being read is in sight", wait_for(hit_in_sight, timeout=6), "no orange mark in the text pane")
    key("shift+F3")
    check("Shift+F3 goes back to the hit before", wait_for(lambda: any(l.name == f"Search hit 1 of {hits}" for l in counter())),
          [l.name for l in counter()])
    # No match is said in the list's place; the timeline, the chips and the topic filter stay.
    subprocess.run(["xdotool", "key", "ctrl+a", "BackSpace"], check=True)
    subprocess.run(["xdotool", "type", "--delay", "60", "zzzqx"], check=True)
    check("no match says so in the list pane", wait_for(lambda: find_all(frame, role="label", name="No Statements Match")), count_line(frame))
    # GTK's accessibility tree keeps hidden widgets "visible": on screen means laid out with a size, and
    # the timeline above the no-match message (the old full-window empty page took the timeline's place).
    def box(name):
        nodes = find_all(frame, name=name)
        if not nodes: return None
        x, y, w, h = nodes[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return (x, y, w, h) if w > 0 and h > 0 else None
    timeline_box, sidebar_box = box("Timeline"), box("Topic filter")
    message = find_all(frame, role="label", name="No Statements Match")
    message_y = message[0].queryComponent().getExtents(pyatspi.DESKTOP_COORDS)[1] if message else None
    check("no match keeps the timeline and the topic filter on screen",
          timeline_box and sidebar_box and message_y is not None and timeline_box[1] < message_y,
          (timeline_box, sidebar_box, message_y))
    # Commands that cannot run are offered greyed out: nothing listed, nothing to export or present.
    menu = find_all(frame, name="Main menu")
    if menu:
        click(menu[0])
        time.sleep(0.8)
        items = wait_for(lambda: [n for n in find_all(frame.parent, pattern=r"^Export List") if n.getRole() != pyatspi.ROLE_LABEL])
        exported = items[0] if items else None
        check("with nothing listed, Export is offered greyed out", exported is not None and not exported.getState().contains(pyatspi.STATE_SENSITIVE), [i.name for i in items] if items else "no menu item")
        def menu_item(label):
            found = [n for n in find_all(frame.parent, pattern="^" + re.escape(label)) if n.getRoleName() != "label"]
            return found[0] if found else None
        def sensitive(label):
            item = menu_item(label)
            return None if item is None else item.getState().contains(pyatspi.STATE_SENSITIVE)
        # Nothing listed, no timeline, no card in the story: none of these can run; importing and help can.
        greyed = {label: sensitive(label) for label in
                  ["Export Timeline", "Present Filtered Statements", "Present Story", "Export Story as PDF"]}
        check("with nothing listed and no story, exporting and presenting are greyed out in the menu",
              all(v is False for v in greyed.values()), greyed)
        offered = {label: sensitive(label)
                   for label in ["Import Files", "Import Folder", "Keyboard Shortcuts", "Key Words in Context"]}
        check("commands that can run stay offered", all(offered.values()), offered)
        key("Escape")
        subprocess.run(["xdotool", "key", "ctrl+f", "ctrl+a", "BackSpace"], check=True)
        wait_for(lambda: count_line(frame) == total)
        click(menu[0])
        time.sleep(0.8)
        items = wait_for(lambda: [n for n in find_all(frame.parent, pattern=r"^Export List") if n.getRole() != pyatspi.ROLE_LABEL])
        check("with statements listed, Export can be chosen again", bool(items) and items[0].getState().contains(pyatspi.STATE_SENSITIVE), "")
        key("Escape")
    subprocess.run(["xdotool", "key", "ctrl+a", "BackSpace"], check=True)
    wait_for(lambda: count_line(frame) == total)

    # The timeline without a mouse: focused (a click where no bar is), Right chooses the first period with
    # statements, Enter opens its first statement, Shift+Enter filters to it; Home fits.
    timeline = find_all(frame, name="Timeline")
    if timeline:
        move_to(timeline[0], dx=6)
        subprocess.run(["xdotool", "click", "1"], check=True)
        time.sleep(0.5)
        key("Home", "Right")
        described = wait_for(lambda: re.search(r"Chosen: (\d{4}(-\d\d)?)", (timeline[0].clearCache(), timeline[0].description)[1] or ""))
        check("Right chooses a period on the focused timeline, and says which", described, timeline[0].description)
        before_title = pane_title(frame)
        key("Right", "Return")
        check("Enter opens the period's first statement", wait_for(lambda: pane_title(frame) != before_title), pane_title(frame))
        key("shift+Return")
        check("Shift+Enter filters the list to the period", wait_for(lambda: find_all(frame, role="push button", pattern=r"^Remove filter \d{4}-")),
              [b.name for b in find_all(frame, role="push button", pattern="^Remove filter")])
        key("ctrl+shift+BackSpace")
        wait_for(lambda: count_line(frame) == total)

    # Dates typed in the sidebar's From box filter the list from that period's first day.
    from_box = find_all(frame, name="From date")
    if from_box:
        click(from_box[0])
        subprocess.run(["xdotool", "type", "--delay", "40", "2022"], check=True)
        key("Return")
    check("a year typed in From filters the list from its first day",
          wait_for(lambda: find_all(frame, role="push button", name="Remove filter 2022-01-01 – …")),
          [b.name for b in find_all(frame, role="push button", pattern="^Remove filter")])
    key("ctrl+shift+BackSpace")
    check("Clear All empties the From box again", wait_for(lambda: count_line(frame) == total and from_box
                                                            and from_box[0].queryText().getText(0, -1) == ""),
          count_line(frame))

    # Ctrl+? lists every key the app answers to: each row of the app's command table is in the window.
    table = subprocess.run([APP, "--list-shortcuts"], capture_output=True, text=True).stdout.splitlines()
    rows = [line.split("\t") for line in table if line.count("\t") == 2]
    key("Escape")
    key("ctrl+question")
    def shortcuts_window():
        app = frame.parent
        children = (app.getChildAtIndex(i) for i in range(app.childCount))
        return [w for w in children if w is not None and w.name != "Rostrum"]
    windows = wait_for(shortcuts_window, timeout=10)
    shown = {n.name for w in (windows or []) for n in walk(w) if n.getRoleName() == "label"}
    missing = [title for _, title, _ in rows if title not in shown]
    check("the shortcuts window lists every row of the command table", len(rows) >= 25 and windows and not missing,
          f"{len(rows)} rows, missing {missing[:5]}")
    key("Escape")
    wait_for(lambda: not shortcuts_window(), timeout=5)
    if os.environ.get("ROSTRUM_SCREENSHOT"):
        entry.queryEditableText().setTextContents("")
        wait_for(lambda: count_line(frame) == total)
        time.sleep(1.0)
        subprocess.run(["import", "-window", "root", os.environ["ROSTRUM_SCREENSHOT"]], check=True)
finally:
    stop(proc)

# Opening a folder with the app imports it in the background and says what happened in the window.
if MORE and results and all(results):
    before = int(total.split()[0])
    added = len([f for f in os.listdir(MORE) if not f.startswith(".")])
    # The folder holds one file that is not text: the import names it in the window.
    import shutil, tempfile
    folder = os.path.join(tempfile.mkdtemp(), "more")
    shutil.copytree(MORE, folder)
    with open(os.path.join(folder, "photo.txt"), "wb") as f:
        f.write(bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]) + bytes(200))
    proc = subprocess.Popen([APP, folder], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
    try:
        frame = wait_for(app_frame, timeout=30)
        # The toast lasts a few seconds and the list may refresh after it: look for both while they last.
        toast = wait_for(lambda: find_all(frame, role="label", pattern=rf"^Imported {added} statements"), timeout=30)
        check("opening a folder imports it: the count grows", wait_for(lambda: count_line(frame) == f"{before + added} statements", timeout=30), count_line(frame))
        check("the import is reported in the window", toast, "no toast")
        check("the report says a file failed and names it", toast and "1 failed" in toast[0].name and "photo.txt" in toast[0].name,
              toast[0].name if toast else "no toast")
        details = find_all(frame, name="Details")
        if details:
            click(details[0])
        named = wait_for(lambda: find_all(frame.parent, role="label", pattern=r"^photo\.txt — failed: .+"), timeout=10)
        check("its Details dialog names the failed file and the reason", bool(named), "no line for photo.txt")
        show = find_all(frame.parent, role="push button", pattern="^Show the Imported")
        if show:
            show[0].queryAction().doAction(0)
        check("“Show the Imported” lists the new statements alone, under a “Just imported” chip",
              wait_for(lambda: count_line(frame) == f"{added} of {before + added} statements"
                       and find_all(frame, role="push button", name="Remove filter Just imported")), count_line(frame))
        key("Escape")
        key("ctrl+shift+BackSpace")
        wait_for(lambda: count_line(frame) == f"{before + added} statements")
        # The tool imports into the same library while the window is open: the window sees it by itself.
        import tempfile
        with tempfile.TemporaryDirectory() as outside:
            path = os.path.join(outside, "outside-1995.txt")
            with open(path, "w") as f:
                f.write("Statement to the Fourth Committee\n\n14 October 1995\n\n"
                        "Mr. Chairman, decolonization remains unfinished business for this Committee.\n")
            cli = os.path.join(os.path.dirname(APP), "rostrum-cli")
            subprocess.run([cli, "import", path], check=True, stdout=subprocess.DEVNULL)
            grown = f"{before + added + 1} statements"
            check("an import by the tool beside the window shows in it within seconds",
                  wait_for(lambda: count_line(frame) == grown, timeout=10), count_line(frame))
            # A correction in the window (F2) survives the file's re-import after it changed.
            key("ctrl+f")
            subprocess.run(["xdotool", "type", "--delay", "40", "decolonization"], check=True)
            wait_for(lambda: (count_line(frame) or "").startswith("1 of"))
            check("the searched statement opens", wait_for(lambda: pane_title(frame) == "Statement to the Fourth Committee"),
                  pane_title(frame))
            key("F2")
            title_entry = wait_for(lambda: [n for n in find_all(frame.parent, name="Title") if n.getRoleName() == "text"], timeout=10)
            check("F2 opens the correction dialog with the title in it", bool(title_entry), "no Title entry")
            corrected = "Decolonization: the Fourth Committee statement"
            if title_entry:
                title_entry[0].queryEditableText().setTextContents(corrected)
                time.sleep(0.3)
                key("Return")
            check("the corrected title shows in the text pane", wait_for(lambda: pane_title(frame) == corrected), pane_title(frame))
            check("the text pane says it was set by you", wait_for(lambda: find_all(frame, role="label", name="Set by you: title")), "")
            with open(path, "a") as f:
                f.write("\nThe Committee should finish the work it began in 1960.\n")
            subprocess.run([cli, "import", path], check=True, stdout=subprocess.DEVNULL)
            def body_text():
                nodes = find_all(frame, name="Statement text")
                return nodes[0].queryText().getText(0, -1) if nodes else ""
            check("after the changed file is imported again, the correction holds",
                  wait_for(lambda: "began in 1960" in body_text() and pane_title(frame) == corrected, timeout=15),
                  (pane_title(frame), body_text()[-80:]))
            # Deleting a statement from the text pane, and Undo.
            delete = find_all(frame, role="push button", name="Delete this statement")
            if delete:
                click(delete[0])
            check("Delete removes the statement", wait_for(lambda: (count_line(frame) or "").startswith("0 of")), count_line(frame))
            undo = wait_for(lambda: find_all(frame, name="Undo"), timeout=5)
            if undo:
                time.sleep(0.5)
                click(undo[0])
            check("Undo brings the deleted statement back", wait_for(lambda: (count_line(frame) or "").startswith("1 of")),
                  count_line(frame))
        # Asked to end (a logout, kill), the window quits as from its menu: exit 0, not death by the signal.
        proc.terminate()
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            pass
        check("SIGTERM quits the window cleanly (exit 0)", proc.returncode == 0, f"exit {proc.returncode}")
    finally:
        stop(proc)

sys.exit(summary("gui"))
