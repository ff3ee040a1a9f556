#!/usr/bin/python3
"""A screenshot of the real window filling a screen of the size given (scripts/screenshot): the window sized to
the screen as a user would, then optionally a search typed (SEARCH) and keys pressed (KEYS, space-separated)."""
import os, subprocess, sys, time
from atspi_helpers import wait_for, app_frame, stop, key, app_window_id

APP, SIZE, OUT = sys.argv[1], sys.argv[2], sys.argv[3]
proc = subprocess.Popen([APP], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
try:
    frame = wait_for(app_frame, timeout=30)
    time.sleep(1.5)
    width, height = SIZE.split("x")
    subprocess.run(["xdotool", "windowsize", app_window_id(), width, height], check=True)
    subprocess.run(["xdotool", "windowmove", app_window_id(), "0", "0"], check=True)
    time.sleep(1.5)
    if os.environ.get("SEARCH"):
        key("ctrl+f")
        subprocess.run(["xdotool", "type", "--delay", "40", os.environ["SEARCH"]], check=True)
        time.sleep(1.5)
    if os.environ.get("KEYS"):
        key(*os.environ["KEYS"].split())
        time.sleep(1.0)
    subprocess.run(["import", "-window", "root", OUT], check=True)
finally:
    stop(proc)
