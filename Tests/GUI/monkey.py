#!/usr/bin/python3
"""A long random session: a scripted user sends random clicks, keys, drags, scrolls and resizes to the
real window (presenting and stories included) while GTK aborts on any critical (G_DEBUG=fatal-criticals).
Checks that the window is still alive after every burst, and prints its memory as the session goes
(resident set size from /proc), so growth after warm-up shows. Run inside dbus-run-session and xvfb-run
(see scripts/monkey).

  monkey.py APP [EVENTS]      EVENTS defaults to 10000; ROSTRUM_MONKEY_SEED picks the sequence.

Commands that open a file chooser (import, export) are left out: they would wait on a dialog a random
user cannot read, and write files outside the test's folder. A click can still open one (the header's
import button, a menu item): it is closed at once. The chooser is GTK's own dialog, and GTK 4.8's
tree view inside it logs a critical of its own (`gtk_css_node_insert_after`, when its interactive
search starts) that no call of Rostrum's leads to."""
import collections, os, random, subprocess, sys, time
from atspi_helpers import check, results, wait_for, app_frame, stop, summary, app_window_id

APP = sys.argv[1]
EVENTS = int(sys.argv[2]) if len(sys.argv) > 2 else 10000
SEED = int(os.environ.get("ROSTRUM_MONKEY_SEED", "20261130"))
rng = random.Random(SEED)

# Keys a user presses in the window, presenting and the analysis views included; none opens a file chooser
# or quits.
KEYS = [
    "Up", "Down", "Left", "Right", "Page_Up", "Page_Down", "Home", "End", "Tab", "shift+Tab", "space",
    "Return", "Escape", "BackSpace", "Delete", "a", "e", "t", "r", "u", "k", "1", "9", "b", "d",
    "ctrl+f", "ctrl+t", "ctrl+d", "ctrl+j", "ctrl+k", "alt+Up", "alt+Down", "alt+1", "alt+2", "alt+3",
    "F5", "shift+F5", "F11", "ctrl+shift+n", "ctrl+shift+BackSpace", "shift+Left", "shift+Right",
    "ctrl+a", "ctrl+question", "F10", "ctrl+shift+k", "ctrl+shift+r", "ctrl+shift+c",
]
WORDS = ["security", "Ukraine", "terr", "\"open", "council OR peace", "zzz", "(", "NEAR(", "*"]


def rss_mb(pid):
    try:
        with open(f"/proc/{pid}/status") as f:
            for line in f:
                if line.startswith("VmRSS:"):
                    return int(line.split()[1]) / 1024
    except FileNotFoundError:
        return None
    return None


def geometry(win):
    out = subprocess.run(["xdotool", "getwindowgeometry", "--shell", win], capture_output=True, text=True).stdout
    values = dict(line.split("=", 1) for line in out.split() if "=" in line)
    return int(values.get("X", 0)), int(values.get("Y", 0)), int(values.get("WIDTH", 800)), int(values.get("HEIGHT", 600))


def xdo(*args):
    subprocess.run(["xdotool", *args], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=10)


recent = collections.deque(maxlen=25)  # the last events, printed when something goes wrong


CHOOSERS = "^(Import Files|Import a Folder|Export the .*)$"


def close_choosers():
    """Closes a file chooser an event opened (see the module's note)."""
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", CHOOSERS], capture_output=True,
                         text=True).stdout.split()
    for chooser in out:
        # Escape cancels the dialog as a user would; destroying its X window would upset GDK.
        xdo("windowactivate", "--sync", chooser, "key", "--clearmodifiers", "Escape")
    return len(out)


def event(win, bounds, kinds):
    """One random thing a user does, inside the window's bounds (read again after each burst)."""
    x0, y0, w, h = bounds
    x, y = x0 + rng.randrange(max(w, 1)), y0 + rng.randrange(max(h, 1))
    # The header's window controls (minimise, maximise, close) end the session, not test it: a point on
    # them moves down into the window.
    if x - x0 >= w - 125 and y - y0 < 56:
        y += 56
    kind = rng.choices(["click", "key", "type", "drag", "scroll", "resize", "double"], [34, 34, 6, 10, 12, 1, 3])[0]
    kinds[kind] = kinds.get(kind, 0) + 1
    recent.append(f"{kind} at {x - x0},{y - y0}")
    if kind == "click":
        xdo("mousemove", str(x), str(y), "click", str(rng.choice([1, 1, 1, 3])))
    elif kind == "double":
        xdo("mousemove", str(x), str(y), "click", "--repeat", "2", "1")
    elif kind == "key":
        k = rng.choice(KEYS)
        recent[-1] = f"key {k}"
        xdo("key", "--clearmodifiers", k)
    elif kind == "type":
        word = rng.choice(WORDS)
        recent[-1] = f"type {word!r}"
        xdo("type", "--delay", "5", word)
    elif kind == "drag":
        x2, y2 = x0 + rng.randrange(max(w, 1)), y0 + rng.randrange(max(h, 1))
        xdo("mousemove", str(x), str(y), "mousedown", "1", "mousemove", str((x + x2) // 2), str((y + y2) // 2),
            "mousemove", str(x2), str(y2), "mouseup", "1")
    elif kind == "scroll":
        xdo("mousemove", str(x), str(y), "click", "--repeat", str(rng.randint(1, 4)), str(rng.choice([4, 5])))
    elif kind == "resize":
        xdo("windowsize", win, str(rng.randint(700, 1366)), str(rng.randint(500, 768)))
        bounds[:] = geometry(win)


env = dict(os.environ, G_DEBUG="fatal-criticals")
# The app's output goes to a file: a pipe nobody reads for minutes would fill and stall the window.
log_path = os.path.join(os.environ.get("TMPDIR", "/tmp"), f"rostrum-monkey-{os.getpid()}.log")
log = open(log_path, "wb")
# ROSTRUM_MONKEY_WRAP runs the app under a debugger, e.g. "gdb -batch -ex 'break g_return_if_fail_warning'
# -ex run -ex bt --args", to see where a critical comes from.
wrap = os.environ.get("ROSTRUM_MONKEY_WRAP", "")
proc = subprocess.Popen(["bash", "-c", f'exec {wrap} "$0"', APP] if wrap else [APP], stdout=log,
                        stderr=subprocess.STDOUT, env=env)
try:
    # A build under AddressSanitizer takes a minute or more to show its window.
    frame = wait_for(app_frame, timeout=float(os.environ.get("ROSTRUM_MONKEY_START_TIMEOUT", "30")))
    check("the window opens", frame is not None, "no frame named Rostrum")
    if frame is None:
        raise SystemExit(1)
    win = wait_for(app_window_id, timeout=10)
    print(f"monkey: {EVENTS} events, seed {SEED}, window {win}", flush=True)
    kinds, memory, alive, started, seen = {}, [], True, time.time(), 0
    burst = 250
    for n in range(EVENTS):
        # A dialog (the shortcuts window, About) may take the focus: the window found again each burst.
        if n % burst == 0:
            if proc.poll() is not None:
                alive = False
                print("monkey: the window is gone; the last events:\n    " + "\n    ".join(recent), flush=True)
                break
            win = app_window_id() or win
            bounds = list(geometry(win))
            mb = rss_mb(proc.pid)
            memory.append((n, mb))
            print(f"  {n:6d} events  {time.time() - started:6.1f} s  RSS {mb:.0f} MB", flush=True)
        try:
            event(win, bounds, kinds)
            if recent[-1].split()[0] in ("click", "double", "key", "drag"):
                closed = close_choosers()
                kinds["chooser closed"] = kinds.get("chooser closed", 0) + closed
        except subprocess.TimeoutExpired:
            pass
        # A critical is looked for as it happens, so the events that led to it can be shown.
        if n % 5 == 4:
            log.flush()
            with open(log_path, "rb") as f:
                f.seek(seen)
                fresh = f.read()
            seen += len(fresh)
            if b"CRITICAL" in fresh:
                print(f"monkey: a critical after {n + 1} events, the last of them:\n    " + "\n    ".join(recent),
                      flush=True)
                # ROSTRUM_MONKEY_GO_ON=1 counts criticals and goes on, for the long run's figures.
                if not os.environ.get("ROSTRUM_MONKEY_GO_ON"):
                    break
        time.sleep(0.004)
    time.sleep(1.0)
    alive = alive and proc.poll() is None
    end_mb = rss_mb(proc.pid) if alive else None
    check(f"the window is alive after {EVENTS} random events ({', '.join(f'{k} {v}' for k, v in sorted(kinds.items()))})",
          alive, f"exited with {proc.returncode}")
    if alive:
        # After warm-up (the first fifth), the resident set may breathe but must not climb with the events.
        warm = [mb for n, mb in memory if n >= EVENTS // 5 and mb is not None]
        base = min(warm) if warm else end_mb
        grew = end_mb - base
        print(f"monkey: memory {memory[0][1]:.0f} MB at start, {base:.0f} MB after warm-up, {end_mb:.0f} MB at the end",
              flush=True)
        # Under AddressSanitizer freed blocks wait in its quarantine (256 MB): the figure is printed, not judged.
        if os.environ.get("ROSTRUM_MONKEY_MEMORY_CHECK", "1") != "0":
            check("memory stays flat after warm-up (growth under 40 MB)", grew < 40, f"grew {grew:.0f} MB")
    if alive and os.environ.get("ROSTRUM_MONKEY_QUIT"):
        # Quit as a user does (Ctrl+Q), so the process ends through exit(): LeakSanitizer reports only then.
        subprocess.run(["xdotool", "key", "--window", win, "Escape", "Escape"], timeout=10)
        subprocess.run(["xdotool", "windowactivate", "--sync", win, "key", "ctrl+q"], timeout=10)
        how = "Ctrl+Q"
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            # A dialog the session left open may hold the keys: asked to end, the app quits the same way.
            how = "SIGTERM (Ctrl+Q went to a dialog)"
            proc.terminate()
            try:
                proc.wait(timeout=60)
            except subprocess.TimeoutExpired:
                pass
        check(f"the window quits and exits 0 ({how})", proc.returncode == 0, f"exit {proc.returncode}")
finally:
    stop(proc)
    log.close()
    with open(log_path, "rb") as f:
        out = f.read().decode("utf-8", "replace")
    if os.environ.get("ROSTRUM_MONKEY_KEEP_LOG"):
        with open(os.environ["ROSTRUM_MONKEY_KEEP_LOG"], "wb") as f:
            f.write(out.encode())
    os.remove(log_path)
    criticals = out.count("CRITICAL")
    warnings = out.count("-WARNING")
    print(f"monkey: {criticals} criticals, {warnings} GTK warnings in the app's output", flush=True)
    check("no critical from GTK or GLib", criticals == 0, "\n".join(l for l in out.splitlines() if "CRITICAL" in l)[:2000])
sys.exit(summary("monkey"))
