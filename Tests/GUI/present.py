#!/usr/bin/python3
"""Builds a three-card story and presents it with the keyboard alone, in the real window, from a fresh
start on the default library; checks what the accessibility tree reports after each key. Run inside
dbus-run-session and xvfb-run (see scripts/test-gui). With ROSTRUM_SHOTS=DIR it saves the screen of
card 1 and card 3 into DIR, named by ROSTRUM_SHOT_TAG."""
import os, re, subprocess, sys, time
import pyatspi
from atspi_helpers import check, results, walk, find_all, wait_for, app_frame, stop, key, drag, click, summary

APP = sys.argv[1]
SHOTS = os.environ.get("ROSTRUM_SHOTS")
TAG = os.environ.get("ROSTRUM_SHOT_TAG", "screen")

def cards(frame):
    return sorted(n.name for n in find_all(frame, pattern=r"^Card \d+: "))

def screen(frame):
    found = find_all(frame, pattern=r"^Presentation")
    return found[0].name if found else None

def display_size():
    return [int(v) for v in subprocess.run(["xdotool", "getdisplaygeometry"], capture_output=True, text=True).stdout.split()]

def window_size(frame):
    e = frame.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
    return [e.width, e.height]

def presenting(frame):
    """The window fills the display (GTK's accessibility tree has no 'showing' state to ask)."""
    return window_size(frame) == display_size()

def shot(name):
    if SHOTS:
        time.sleep(0.9)  # let the marker finish gliding
        subprocess.run(["import", "-window", "root", os.path.join(SHOTS, f"{TAG}-{name}.png")], check=True)

proc = subprocess.Popen([APP], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
try:
    frame = wait_for(app_frame, timeout=30)
    check("the window opens on the default library", frame is not None, "no frame named Rostrum")
    if frame is None:
        raise SystemExit(1)
    wait_for(lambda: find_all(frame, role="label", pattern=r"^2 statements$"))
    time.sleep(0.5)

    # Card 1: the statement selected at start, with Ctrl+D.
    key("ctrl+d")
    check("Ctrl+D adds the selected statement as card 1", wait_for(lambda: len(cards(frame)) == 1), cards(frame))
    check("the new story is named and reported", wait_for(lambda: find_all(frame, role="label", pattern=r"added to “Story 1” \(card 1\)")), "no toast")
    # Card 2: the next statement (Alt+Down), then Ctrl+D.
    key("alt+Down")
    time.sleep(0.5)
    key("ctrl+d")
    check("Alt+Down then Ctrl+D adds card 2", wait_for(lambda: len(cards(frame)) == 2), cards(frame))
    # Card 3: words selected in the text with the keyboard (Alt+3 goes to the text, Shift+Ctrl+Right selects words).
    key("alt+3")
    time.sleep(0.3)
    key("ctrl+Home")
    key(*["Down"] * 3)
    key("Home")
    key(*["shift+ctrl+Right"] * 7)
    time.sleep(0.3)
    key("ctrl+d")
    check("a keyboard selection becomes card 3, a quote", wait_for(lambda: len(cards(frame)) == 3), cards(frame))
    quotes = [n.name for n in find_all(frame, role="label", pattern=r"^“.+”$")]
    check("the quote card shows the selected words", len(quotes) == 1 and len(quotes[0].split()) >= 4, quotes)
    quote_words = quotes[0].strip("“”").split()[:3] if quotes else ["?"]
    shot("story")

    # Drag the quote card (3) onto card 1: it becomes the first card, and the story is saved so.
    rows = {n.name.split(":")[0]: n for n in find_all(frame, pattern=r"^Card \d+: ")}
    drag(rows["Card 3"], rows["Card 1"])
    first_quote = lambda: [n for n in find_all(frame, role="label", pattern=r"^“.+”$")]
    check("dragging card 3 onto card 1 puts the quote first",
          wait_for(lambda: "16 February 2022" in (cards(frame) or [""])[0] and first_quote(), timeout=5), cards(frame))

    # Present the story: Shift+F5. Every key a presenter or a clicker uses, and what the screen says.
    key("shift+F5")
    check("Shift+F5 presents the story from card 1", wait_for(lambda: (screen(frame) or "").startswith("Presentation card 1 / 3")), screen(frame))
    check("card 1 is the quote, as dragged", " ".join(quote_words) in (screen(frame) or ""), (quote_words, screen(frame)))
    check("the presentation fills the screen", wait_for(lambda: presenting(frame), timeout=5), (window_size(frame), display_size()))
    shot("card1")
    key("Right")
    check("card 2 (the wire story) marks its inferred date", wait_for(lambda: "3 November 2020 (inferred)" in (screen(frame) or ""), timeout=5), screen(frame))
    shot("card2")
    key("Left")
    steps = [("Right", "2 / 3"), ("space", "3 / 3"), ("Right", "3 / 3"), ("Left", "2 / 3"), ("BackSpace", "1 / 3"),
             ("Page_Down", "2 / 3"), ("Page_Up", "1 / 3"), ("End", "3 / 3"), ("Home", "1 / 3")]
    for k, expected in steps:
        key(k)
        check(f"{k} shows card {expected}", wait_for(lambda: (screen(frame) or "").startswith(f"Presentation card {expected}"), timeout=5), screen(frame))
    key("End")
    check("card 3 is the statement added second", wait_for(lambda: "16 February 2022" in (screen(frame) or "") and "selected by the presenter" not in (screen(frame) or ""), timeout=5), screen(frame))
    key("F5")
    time.sleep(0.5)
    check("F5 while presenting the story keeps the story", (screen(frame) or "").startswith("Presentation card 3 / 3"), screen(frame))
    key("b")
    check("B blanks the screen", wait_for(lambda: "blanked" in (screen(frame) or ""), timeout=5), screen(frame))
    key("b")
    check("B again shows the card", wait_for(lambda: (screen(frame) or "").startswith("Presentation card 3 / 3"), timeout=5), screen(frame))
    key("Escape")
    check("Escape leaves the presentation", wait_for(lambda: not presenting(frame), timeout=5), screen(frame))

    # Ctrl+Shift+P exports the story as a PDF through the file dialog, typed into as a person would.
    pdf = os.path.join(os.environ.get("XDG_CONFIG_HOME", "/tmp"), "story-from-window.pdf")
    key("ctrl+shift+p")
    dialog = wait_for(lambda: find_all(pyatspi.Registry.getDesktop(0), name="Export the Story as PDF"), timeout=10)
    check("Ctrl+Shift+P opens the export dialog", bool(dialog), "no dialog")
    if dialog:
        time.sleep(0.8)
        key("ctrl+a")
        subprocess.run(["xdotool", "type", "--delay", "20", pdf], check=True)
        time.sleep(0.4)
        key("Return")
        check("the window exports the story to PDF and says so", wait_for(lambda: find_all(frame, role="label", pattern=r"^Exported “Story 1” to story-from-window\.pdf \(4 pages\)"), timeout=10), "no toast")
        info = subprocess.run(["pdfinfo", pdf], capture_output=True, text=True).stdout
        check("the window's PDF has the 3 cards and the sources, 16:9", "Pages:           4" in info and "960 x 540" in info, info[-200:])

    # F5 presents the filter's statements in date order.
    key("F5")
    check("F5 presents the filtered statements", wait_for(lambda: re.match(r"Presentation card \d / 2", screen(frame) or ""), timeout=5), screen(frame))
    key("Escape")
    wait_for(lambda: not presenting(frame), timeout=5)

    # A note typed on card 1 and the app ended straight after, before the typing's pause: the closing saves it.
    key("alt+2")
    note = wait_for(lambda: find_all(frame, name="Note for card 1"), timeout=5)
    check("card 1 has a note field", bool(note), "no “Note for card 1”")
    if note:
        note[0].queryEditableText().setTextContents("Ask about the date")
finally:
    stop(proc)

# The story is in the library: a new start shows it with its three cards.
proc = subprocess.Popen([APP], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
try:
    frame = wait_for(app_frame, timeout=30)
    key("alt+2")
    check("after a restart the story is still there with 3 cards", wait_for(lambda: len(cards(frame)) == 3), cards(frame))
    # GTK 4.8 gives AT-SPI no text for an entry: the note is read where a person sees it, on the presented card.
    key("shift+F5")
    shown = wait_for(lambda: "Ask about the date" in (screen(frame) or "") and screen(frame), timeout=5)
    check("the note typed just before the app ended is on its card", bool(shown), screen(frame))
    key("Escape")
    wait_for(lambda: not presenting(frame), timeout=5)
    # Deleting a story asks nothing; its toast has Undo, which brings it back with its cards.
    delete = find_all(frame, role="push button", name="Delete story")
    if delete:
        click(delete[0])
    check("deleting the story empties the panel and says so with Undo",
          wait_for(lambda: not cards(frame) and find_all(frame, role="label", name="Deleted “Story 1”"), timeout=5),
          cards(frame))
    # The toast's button is known to AT-SPI by its label's text.
    undo = wait_for(lambda: find_all(frame, name="Undo"), timeout=5)
    if undo:
        time.sleep(0.5)  # the toast slides in
        click(undo[0])
    check("Undo brings the deleted story back with its 3 cards", wait_for(lambda: len(cards(frame)) == 3, timeout=5),
          cards(frame))
finally:
    stop(proc)

sys.exit(summary("present"))
