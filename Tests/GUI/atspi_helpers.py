"""What both GUI drivers share: checks that print one line each, walking and searching the AT-SPI tree,
waiting for a condition, finding the Rostrum window, keys through xdotool."""
import re, subprocess, time
import pyatspi

results = []

def check(name, ok, detail=""):
    ok = bool(ok)
    results.append(ok)
    print(("ok: " if ok else "FAIL: ") + name + ("" if ok else f" ({detail})"), flush=True)

def walk(node, depth=0):
    if node is None or depth > 60:
        return
    yield node
    try:
        n = node.childCount
    except Exception:
        return
    for i in range(n):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)

def find_all(root, role=None, name=None, pattern=None):
    out = []
    for n in walk(root):
        try:
            if role and n.getRoleName() != role:
                continue
            if name is not None and n.name != name:
                continue
            if pattern and not re.search(pattern, n.name or ""):
                continue
            out.append(n)
        except Exception:
            continue
    return out

def wait_for(fn, timeout=15.0, step=0.2):
    end = time.time() + timeout
    while time.time() < end:
        try:
            v = fn()
            if v:
                return v
        except Exception:
            pass
        time.sleep(step)
    return fn()

def app_frame():
    desktop = pyatspi.Registry.getDesktop(0)
    for app in desktop:
        if app is None:
            continue
        for frame in find_all(app, role="frame"):
            if frame.name == "Rostrum":
                return frame
    return None

def stop(proc):
    proc.terminate()
    try:
        proc.wait(timeout=5)
    except subprocess.TimeoutExpired:
        proc.kill()

def app_window_id():
    out = subprocess.run(["xdotool", "search", "--onlyvisible", "--class", "rostrum"], capture_output=True, text=True).stdout.split()
    return out[-1] if out else None

def point(node, dx=None):
    """A point inside a node, in the window's coordinates (GTK reports no screen coordinates)."""
    ext = node.queryComponent().getExtents(pyatspi.WINDOW_COORDS)
    return ext.x + (min(ext.width // 2, 60) if dx is None else dx), ext.y + ext.height // 2

def move_to(node, dx=None):
    x, y = point(node, dx)
    subprocess.run(["xdotool", "mousemove", "--window", app_window_id(), str(x), str(y)], check=True)

def click(node):
    move_to(node)
    subprocess.run(["xdotool", "click", "1"], check=True)
    time.sleep(0.6)

def drag(source, target):
    """Presses on one node, moves in small steps to another and lets go, as a hand on a mouse does."""
    wid = app_window_id()
    (x0, y0), (x1, y1) = point(source, 40), point(target, 40)
    subprocess.run(["xdotool", "mousemove", "--window", wid, str(x0), str(y0), "mousedown", "1"], check=True)
    time.sleep(0.3)
    for i in range(1, 13):
        x, y = x0 + (x1 - x0) * i // 12, y0 + (y1 - y0) * i // 12
        subprocess.run(["xdotool", "mousemove", "--window", wid, str(x), str(y)], check=True)
        time.sleep(0.05)
    time.sleep(0.3)
    subprocess.run(["xdotool", "mouseup", "1"], check=True)
    time.sleep(0.6)

def key(*keys):
    """Presses keys in the focused window, as a person at the keyboard would."""
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)
    time.sleep(0.25)

def row_day(row):
    """The date a statement list's row shows in its second line ("21 December 2023 · speaker · forum"), or None
    (empty, "Loading…" or undated)."""
    import datetime
    labels = [n.name for n in walk(row) if n.getRoleName() == "label"]
    day = (labels[1] if len(labels) > 1 else "").split(" · ")[0].replace(" (inferred)", "")
    try:
        return datetime.datetime.strptime(day, "%d %B %Y").date()
    except ValueError:
        return None

def summary(name):
    passed = sum(results)
    print(f"{name}: {passed} passed, {len(results) - passed} failed", flush=True)
    return 0 if results and passed == len(results) else 1
