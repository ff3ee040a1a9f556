#!/usr/bin/python3
"""Checks that the window's texts can be translated (issue 14.2), over the app's and the view-model's Swift files:
1. every tr(...) / trn(...) call starts with a string literal, and the template xgettext makes (scripts/pot)
   lists that literal's line: none is lost to the parser;
2. no text is handed to a widget as a bare literal: the arguments of the calls that put text on screen (labels,
   titles, tooltips, accessible labels, toasts, placeholders, button labels) are tr(...), trn(...) or not a
   literal at all. Prints each problem as FILE:LINE and exits 1 if there is any."""
import re, subprocess, sys, tempfile
from pathlib import Path

root = Path(__file__).resolve().parent.parent
folders = ("Sources/Rostrum", "Sources/RostrumViewModel", "Sources/TimelineChart", "Sources/PresentationCards")
files = sorted(p for d in folders for p in (root / d).rglob("*.swift"))
# The template as the code makes it now (po/rostrum.pot's places may lag behind the code's lines).
with tempfile.NamedTemporaryFile(suffix=".pot") as made:
    subprocess.run([str(root / "scripts/pot"), "--to", made.name], check=True)
    pot = Path(made.name).read_text(encoding="utf-8")
listed = set(re.findall(r"(\S+\.swift:\d+)", " ".join(l for l in pot.splitlines() if l.startswith("#:"))))

# Calls that put their string argument on screen, and the argument labels that do.
SHOWN_CALLS = r"(?:setAccessibleLabel|setAccessibleDescription|gtk_widget_set_tooltip_text|toast|adw_toast_new|" \
    r"UI\.label|UI\.setText|gtk_label_set_text|gtk_window_set_title|adw_status_page_set_title|" \
    r"adw_status_page_set_description|gtk_button_set_label|adw_window_title_set_title|" \
    r"adw_window_title_set_subtitle|gtk_stack_add_titled|adw_message_dialog_new|adw_message_dialog_add_response)"
SHOWN_LABELS = r"(?:label|title|tooltip|description|placeholder|heading|body|subtitle|message|empty|failure|hint)"
bare_call = re.compile(SHOWN_CALLS + r"\((?:[^()\"]*,\s*)?\"([^\"]*)\"")
bare_label = re.compile(r"(?<!DispatchQueue\()\b" + SHOWN_LABELS + r":\s*\"([^\"]*)\"")

def has_words(literal):
    """Whether a literal holds words of its own, beyond interpolated values and punctuation."""
    return re.search(r"[A-Za-z]", re.sub(r"\\\((?:[^()]|\([^()]*\))*\)", "", literal)) is not None
# Names the user never reads though they are passed as titles: the app's own name (a proper noun, kept).
KEPT = ('"Rostrum"',)

problems = []
for path in files:
    rel = path.relative_to(root).as_posix()
    text = path.read_text(encoding="utf-8")
    for m in re.finditer(r"\btrn?\(", text):
        line_start = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        if "//" in line_start or line_start.rstrip().endswith("func"):
            continue
        after = text[m.end():]
        lit = re.match(r"\s*\"", after)
        line = text.count("\n", 0, m.end() + (lit.end() if lit else 0)) + 1
        if not lit:
            problems.append(f"{rel}:{line}: tr/trn without a string literal first: xgettext cannot find it")
            continue
        if f"{rel}:{line}" not in listed:
            problems.append(f"{rel}:{line}: xgettext does not find this text")
    for n, source in enumerate(text.splitlines(), 1):
        code = source.split("//")[0] if not source.strip().startswith("///") else ""
        if any(k in code for k in KEPT):
            continue
        if any(has_words(m.group(1)) for m in [*bare_call.finditer(code), *bare_label.finditer(code)]):
            problems.append(f"{rel}:{n}: a text put on screen without tr(): {code.strip()[:90]}")

for p in problems:
    print(p)
print(f"translatable texts: {len(problems)} problems in {len(files)} files")
sys.exit(1 if problems else 0)
