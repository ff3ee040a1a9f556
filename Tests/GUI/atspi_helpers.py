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

def key(*keys):
    """Presses keys in the focused window, as a person at the keyboard would."""
    subprocess.run(["xdotool", "key", "--delay", "60", *keys], check=True)
    time.sleep(0.25)

def summary(name):
    passed = sum(results)
    print(f"{name}: {passed} passed, {len(results) - passed} failed", flush=True)
    return 0 if results and passed == len(results) else 1
