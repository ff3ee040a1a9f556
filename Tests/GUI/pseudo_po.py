#!/usr/bin/python3
"""A pseudo-translation of po/rostrum.pot, for the GUI test of translations: every message put between ⟦ and ⟧,
its placeholders ({0}, {1}, ...) kept, both plural forms filled. A text the window shows in this "language" without
the brackets did not go through gettext. Usage: pseudo_po.py TEMPLATE.pot OUT.po"""
import re, sys

template, out = sys.argv[1], sys.argv[2]
entries, current, key = [], {}, None
for line in open(template, encoding="utf-8"):
    line = line.rstrip("\n")
    m = re.match(r'^(msgid|msgid_plural|msgstr(?:\[\d\])?) "(.*)"$', line)
    if m:
        key = m.group(1)
        current[key] = m.group(2)
    elif line.startswith('"') and key:
        current[key] += line[1:-1]
    elif not line.strip() and current:
        entries.append(current)
        current, key = {}, None
if current:
    entries.append(current)

def quote(text):
    return '"' + text + '"'

with open(out, "w", encoding="utf-8") as f:
    f.write('msgid ""\nmsgstr ""\n"Project-Id-Version: Rostrum\\n"\n"PO-Revision-Date: 2026-01-01 00:00+0000\\n"\n'
            '"Last-Translator: pseudo_po.py\\n"\n"Language-Team: none\\n"\n"Language: xx\\n"\n"MIME-Version: 1.0\\n"\n'
            '"Content-Type: text/plain; charset=UTF-8\\n"\n"Content-Transfer-Encoding: 8bit\\n"\n'
            '"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n')
    for e in entries:
        if not e.get("msgid"):
            continue
        f.write(f'msgid {quote(e["msgid"])}\n')
        if "msgid_plural" in e:
            f.write(f'msgid_plural {quote(e["msgid_plural"])}\n')
            f.write(f'msgstr[0] {quote("⟦" + e["msgid"] + "⟧")}\n')
            f.write(f'msgstr[1] {quote("⟦" + e["msgid_plural"] + "⟧")}\n\n')
        else:
            f.write(f'msgstr {quote("⟦" + e["msgid"] + "⟧")}\n\n')
