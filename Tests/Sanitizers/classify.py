#!/usr/bin/env python3
"""Reads AddressSanitizer/LeakSanitizer logs of a GUI session (scripts/sanitize-gui) and sorts what they say.

A memory error (use after free, overflow …) fails. A leak fails when a frame of its allocation stack is
Rostrum's own code (a path under the repository's Sources/); a leak made wholly inside system libraries
(GTK, GLib, fontconfig, Pango, Mesa: type registrations and caches kept until the process ends) is counted
and its innermost library named, so a change in them shows, but does not fail the run.
"""
import collections, os, re, sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
SOURCES = os.path.join(ROOT, "Sources") + os.sep
HEAD = re.compile(r"^(Direct|Indirect) leak of (\d+) byte\(s\) in (\d+) object\(s\) allocated from:")
FRAME = re.compile(r"^\s+#\d+ 0x[0-9a-f]+ in (.*?) (\S+?)(?::\d+)*(?: \(.*\))?$|^\s+#\d+ 0x[0-9a-f]+\s+\((\S+)\+0x")


def frames(block):
    for line in block:
        m = FRAME.match(line)
        if m:
            yield (m.group(1) or "", m.group(2) or m.group(3) or "")


def library_of(path):
    base = os.path.basename(path)
    return re.sub(r"\.so.*$", "", base) if ".so" in base else base


def main(paths):
    errors, ours, theirs = [], [], collections.Counter()
    bytes_theirs = collections.Counter()
    files = [p for p in paths if os.path.exists(p)]
    for path in files:
        text = open(path, errors="replace").read()
        if "ERROR: AddressSanitizer" in text:
            errors.append((path, text[:3000]))
        lines = text.splitlines()
        i = 0
        while i < len(lines):
            m = HEAD.match(lines[i])
            if not m:
                i += 1
                continue
            j = i + 1
            while j < len(lines) and lines[j].strip() and not HEAD.match(lines[j]):
                j += 1
            block = lines[i + 1:j]
            stack = list(frames(block))
            size = int(m.group(2))
            if any(p.startswith(SOURCES) for _, p in stack):
                ours.append((m.group(1), size, "\n".join(block[:14])))
            else:
                libraries = [library_of(p) for _, p in stack if "asan" not in p and "libclang_rt" not in p]
                lib = next((l for l in libraries if l.startswith("lib")), libraries[0] if libraries else "?")
                if lib == "?" and os.environ.get("CLASSIFY_SHOW_UNKNOWN"):
                    print("\n".join(block[:8]))
                theirs[(m.group(1), lib)] += 1
                bytes_theirs[(m.group(1), lib)] += size
            i = j
    print(f"sanitize-gui: {len(files)} sanitizer log(s); {len(errors)} memory error(s); "
          f"{len(ours)} leak(s) with Rostrum's code on the stack; "
          f"{sum(theirs.values())} leak(s) made inside system libraries ({sum(bytes_theirs.values())} bytes)")
    for (kind, lib), n in theirs.most_common(12):
        print(f"  {n:5d} {kind.lower()} leak(s), {bytes_theirs[(kind, lib)]:9d} bytes, allocated in {lib}")
    for path, head in errors:
        print(f"memory error in {path}:\n{head}")
    for kind, size, block in ours[:10]:
        print(f"{kind} leak of {size} bytes with Rostrum's code on the stack:\n{block}\n")
    return 1 if errors or ours else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
