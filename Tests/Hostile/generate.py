#!/usr/bin/env python3
"""Hostile input for scripts/check-hostile: makes a folder of bad files (and a few good ones), then checks
what one import of it printed and stored against what a user should see for each file.

    generate.py make --seed S --out DIR --manifest FILE
    generate.py verify --manifest FILE --output FILE --list FILE --details FILE
    generate.py peak OUTFILE -- COMMAND...   (peak memory when /usr/bin/time is missing)

The manifest has one JSON object a line: the path as the import prints it, the real path (for the list),
the kind, and what is expected: "good" (imported), "dup" (a copy of a good file: already in the library)
or "bad" (named with a reason; if the tool imports it anyway it must say why in a note).
"""
import gzip
import io
import json
import os
import random
import re
import resource
import socket
import subprocess
import sys
import zipfile

COUNTRIES = [
    "France", "Brazil", "Kenya", "Japan", "Norway", "Mexico", "India", "Ghana", "Chile", "Viet Nam", "Estonia",
    "Ireland", "Gabon", "Albania", "Malta", "Ecuador", "Mozambique", "Switzerland", "Guyana", "Slovenia",
    "Algeria", "Sierra Leone", "Indonesia", "Peru", "Tunisia",
]
TOPICS = [
    "the protection of civilians in armed conflict", "the humanitarian situation in Yemen", "sanctions on DPRK",
    "peacekeeping in South Sudan", "women, peace and security", "climate and security in the Sahel",
    "the situation in Haiti", "children and armed conflict", "non-proliferation", "the Middle East peace process",
]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
WORDS = ("council members stress dialogue mediation ceasefire envoy mandate resolution humanitarian access "
         "civilians protection sovereignty election reconciliation monitoring refugees corridor verification "
         "accountability transition support regional partners urge restraint").split()


def visible(s):
    """The path as rostrum-cli prints it: control characters and bidi controls escaped (VisibleText)."""
    out = []
    for c in s:
        v = ord(c)
        if c == "\n":
            out.append("\\n")
        elif c == "\t":
            out.append("\\t")
        elif c == "\r":
            out.append("\\r")
        elif v <= 0x1F or 0x7F <= v <= 0x9F or 0x202A <= v <= 0x202E or 0x2066 <= v <= 0x2069:
            out.append("\\u{%X}" % v)
        else:
            out.append(c)
    return "".join(out)


def printed(path_bytes):
    """A path's bytes as printed: bytes outside UTF-8 as \\xNN (FileName.escaped), then made visible."""
    parts, i = [], 0
    while i < len(path_bytes):
        try:
            parts.append(path_bytes[i:].decode("utf-8"))
            break
        except UnicodeDecodeError as e:
            parts.append(path_bytes[i:i + e.start].decode("utf-8"))
            parts.append("\\x%02X" % path_bytes[i + e.start])
            i += e.start + 1
    return visible("".join(parts))


class Maker:
    def __init__(self, seed, out):
        self.r = random.Random(seed)
        self.out = os.fsencode(os.path.abspath(out))
        self.entries = []
        self.later = []  # chmods done last, once everything is written
        self.serial = 0
        os.makedirs(self.out, exist_ok=True)

    def path(self, name):
        return self.out + b"/" + (name if isinstance(name, bytes) else name.encode())

    def note(self, p, kind, expect, **extra):
        real = os.fsdecode(p)
        self.entries.append(dict(printed=printed(p), real=real, kind=kind, expect=expect, **extra))

    def write(self, name, data, kind, expect="bad", **extra):
        p = self.path(name)
        os.makedirs(os.path.dirname(p), exist_ok=True)
        with open(p, "wb") as f:
            f.write(data)
        self.note(p, kind, expect, **extra)
        return p

    def sentence(self):
        words = [self.r.choice(WORDS) for _ in range(self.r.randint(8, 14))]
        self.serial += 1
        return " ".join(words).capitalize() + " (point %d)." % self.serial

    def statement(self, n):
        """A short statement no other file repeats (the serial number makes each text distinct)."""
        country = self.r.choice(COUNTRIES)
        date = "%d %s %d" % (self.r.randint(1, 28), self.r.choice(MONTHS), self.r.randint(2005, 2023))
        head = "Statement %d by the Ambassador of %s to the Security Council on %s, on %s." % (
            n, country, date, self.r.choice(TOPICS))
        return head + "\n\n" + " ".join(self.sentence() for _ in range(4)) + "\n", head

    def pdf(self, lines, page_count=1, drawing=False):
        """A small valid PDF: text lines in Helvetica, or only a filled rectangle (no text at all)."""
        if drawing:
            content = b"0 0 1 rg 100 100 200 200 re f"
        else:
            ops = [b"BT /F1 11 Tf 72 740 Td 14 TL"]
            for line in lines:
                safe = line.encode("latin-1", "replace").replace(b"\\", b"").replace(b"(", b"").replace(b")", b"")
                ops.append(b"(" + safe + b") '")
            ops.append(b"ET")
            content = b"\n".join(ops)
        objs = [
            b"<< /Type /Catalog /Pages 2 0 R >>",
            b"<< /Type /Pages /Kids [3 0 R] /Count %d >>" % page_count,
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
            b"/Resources << /Font << /F1 5 0 R >> >> >>",
            b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
            b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
        ]
        out, offsets = b"%PDF-1.4\n", []
        for i, o in enumerate(objs, 1):
            offsets.append(len(out))
            out += b"%d 0 obj\n" % i + o + b"\nendobj\n"
        xref = len(out)
        out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objs) + 1)
        out += b"".join(b"%010d 00000 n \n" % o for o in offsets)
        out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objs) + 1, xref)
        return out

    def randbytes(self, n, nul=True, low=0, high=255):
        data = self.r.randbytes(n)
        if (low, high) != (0, 255):
            data = bytes(low + b % (high - low + 1) for b in data)
        if nul:
            return data[:n // 2] + b"\0" + data[n // 2 + 1:] if n > 1 else b"\0"
        return data.replace(b"\0", b"\x01")

    # --- the good files ---

    def good(self):
        originals = []
        for n in range(1, 17):
            text, head = self.statement(n)
            originals.append((self.write("good-%02d.txt" % n, text.encode(), "good text", "good", head=head), text))
        text, head = self.statement(17)
        paragraphs = "".join("<p>%s</p>" % p for p in text.split("\n\n"))
        html = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>%s</title></head><body>"
                "<nav><a href='/'>Home</a> &gt; <a href='/news'>News</a></nav><article><h1>%s</h1>%s</article>"
                "<footer>Contact us | Sitemap</footer></body></html>") % (head, head, paragraphs)
        self.write("good-17-article.html", html.encode(), "good html page", "good", head=head)
        text, head = self.statement(18)
        deep = b"/".join([b"deep300"] + [b"d"] * 300)
        self.write(deep + b"/good-18-deep.txt", text.encode(), "good text 300 folders down", "good", head=head)
        text, head = self.statement(19)
        self.write("good-19\nwith a newline.txt", text.encode(), "good text, newline in its name", "good", head=head)
        text, head = self.statement(20)
        name = "good-20-" + "é" * 118 + ".txt"  # 250 bytes
        self.write(name, text.encode(), "good text, 250-byte name", "good", head=head)
        # Texts just under the 16 MB a statement may be: read whole, and the two may be read at once.
        for n in (21, 22):
            text, head = self.statement(n)
            paragraphs = [" ".join(self.sentence() for _ in range(6)) for _ in range(300)]
            body, size = [text], len(text)
            while size < 15 * 1048576:
                p = self.r.choice(paragraphs) + "\n\n"
                body.append(p)
                size += len(p)
            self.write("good-%02d-15mb.txt" % n, "".join(body).encode(), "good text of 15 MB", "good", head=head)
        # Copies of good files, named to sort after them: already in the library, not errors.
        for i in range(10):
            p, text = originals[i]
            self.write("zz-copy-%02d.txt" % i, text.encode(), "copy of a good file", "dup")
        for i in range(3):
            p = self.path("link-to-good-%02d.txt" % i)
            os.symlink("good-%02d.txt" % (i + 11), p)
            self.note(p, "symbolic link to a good file", "dup")

    # --- the bad files ---

    def binaries(self):
        for i in range(120):
            self.write("bin-nul-%03d.txt" % i, self.randbytes(self.r.randint(2, 65536)), "binary with NUL bytes")
        for i in range(100):
            ext = self.r.choice(["txt", "md", "html", "csv", "dat"])
            self.write("bin-nonul-%03d.%s" % (i, ext), self.randbytes(self.r.randint(256, 65536), nul=False),
                       "binary without NUL bytes")
        for i in range(40):
            self.write("bin-ctrl-%03d.txt" % i, self.randbytes(self.r.randint(256, 8192), nul=False, high=127),
                       "ASCII full of control codes")
        magic = [b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff\xe0", b"\x7fELF\x02\x01\x01", b"SQLite format 3\0",
                 b"GIF89a", b"Rar!\x1a\x07", b"7z\xbc\xaf\x27\x1c", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"]
        for i in range(24):
            self.write("magic-%03d.txt" % i, magic[i % len(magic)] + self.randbytes(2000), "known binary format")
        for i in range(40):
            buf = io.BytesIO()
            with zipfile.ZipFile(buf, "w") as z:
                # A fixed time: the same seed makes the same bytes.
                z.writestr(zipfile.ZipInfo("doc%d.txt" % i, (2020, 1, 1, 0, 0, 0)), self.statement(1000 + i)[0])
            ext = ["txt", "html", "csv", "md"][i % 4]
            self.write("zip-%03d.%s" % (i, ext), buf.getvalue(), "zip archive named ." + ext)
        for i in range(40):
            ext = ["txt", "html", "tsv", "md"][i % 4]
            self.write("gzip-%03d.%s" % (i, ext), gzip.compress(self.statement(1100 + i)[0].encode(), mtime=0),
                       "gzip data named ." + ext)

    def blanks(self):
        for i in range(70):
            ext = ["txt", "html", "csv", "tsv", "pdf", "md", "jsonl"][i % 7]
            self.write("empty-%03d.%s" % (i, ext), b"", "zero-length ." + ext)
        spaces = [" ", "\t", "\n", "\r\n", "\f", "\v", "\u00a0", "\u3000", "\u2003", "\u2028", "\u202f"]
        for i in range(66):
            s = "".join(self.r.choice(spaces) for _ in range(self.r.randint(1, 5000)))
            ext = ["txt", "html", "md"][i % 3]
            self.write("blank-%03d.%s" % (i, ext), s.encode(), "whitespace only")
        for k, space in enumerate(spaces):  # each alone, so no seed leaves one out
            self.write("blank-single-%03d.txt" % k, space.encode(), "one whitespace character U+%04X" % ord(space[0]))
        self.write("blank-bom.txt", b"\xef\xbb\xbf", "byte-order mark only")
        self.write("blank-bom-spaces.txt", b"\xef\xbb\xbf   \n\n", "byte-order mark and spaces")
        self.write("blank-utf16-spaces.txt", b"\xff\xfe" + " \n \n".encode("utf-16-le"), "UTF-16 spaces only")
        self.write("blank-nbsp-html.html", b"<html><body><p>&nbsp;</p><p>   </p></body></html>",
                   "HTML of blank paragraphs")

    def pdfs(self):
        for i in range(60):
            junk = self.randbytes(self.r.randint(0, 20000), nul=self.r.random() < 0.5)
            self.write("pdf-garbage-%03d.pdf" % i, b"%PDF-1." + str(i % 8).encode() + b"\n" + junk,
                       "PDF header then junk")
        for i in range(40):
            text, _ = self.statement(2000 + i)
            whole = self.pdf(text.split("\n") + [self.sentence() for _ in range(20)])
            cut = int(len(whole) * self.r.uniform(0.05, 0.95))
            self.write("pdf-truncated-%03d.pdf" % i, whole[:cut], "truncated PDF")
        for i in range(20):
            self.write("pdf-notext-%03d.pdf" % i, self.pdf([], drawing=True), "PDF without text")
        for i in range(5):
            # A page tree that claims a billion pages but holds one.
            text, _ = self.statement(2100 + i)
            self.write("pdf-lying-count-%03d.pdf" % i, self.pdf([text[:80]], page_count=10 ** 9),
                       "PDF claiming a billion pages")

    def htmls(self):
        depth = 100000
        nested = [
            ("<html><body>" + "<div>" * depth + "Text of a statement at the bottom." + "</div>" * depth
             + "</body></html>", "100,000 nested div, text at the bottom"),
            ("<html><body>" + "<div>" * depth, "100,000 unclosed div"),
            ("<html><body>" + "<b><i>" * (depth // 2) + "deep" + "</i></b>" * (depth // 2) + "</body></html>",
             "100,000 nested b and i"),
            ("<table>" * depth, "100,000 unclosed table"),
            ("<ul>" + "<li><ul>" * (depth // 2), "100,000 nested lists"),
            ("<html><body>" + "<span title='" + "x" * 1000000 + "'>", "a 1 MB attribute, never closed"),
        ]
        for i, (doc, kind) in enumerate(nested):
            self.write("html-nested-%03d.html" % i, doc.encode(), kind)
        soups = [
            "<html><body><!-- never closed %s", "<a><b><c><d></x></y></z>", "<html><head><title></title></head></html>",
            "<p><p><p><p></b></i></u></div></span>", "<script>%s", "<style>%s", "<?xml version='1.0'?><x/>",
            "<html><body><img src=x><br><hr><input></body></html>", "<body onload='alert(1)'></body>",
            "<!DOCTYPE html><html></html>",
        ]
        for i in range(40):
            soup = soups[i % len(soups)]
            doc = soup % self.sentence() if "%s" in soup else soup
            self.write("html-malformed-%03d.html" % i, doc.encode(), "malformed HTML without visible text")
        for i in range(40):
            code = "var s%d = '%s';" % (i, self.sentence().replace("'", ""))
            doc = ("<html><head><style>body { color: red } /* %d */</style><script>%s</script></head><body>"
                   "<script>%s</script><noscript></noscript><template><p>hidden %d</p></template></body></html>"
                   % (i, code, code, i))
            self.write("html-scripts-%03d.html" % i, doc.encode(), "HTML of scripts and styles only")

    def encodings(self):
        for i in range(40):
            body = bytes(self.r.choice([self.r.randint(0x80, 0xFF), self.r.randint(0x20, 0x7E)])
                         for _ in range(self.r.randint(300, 4000)))
            self.write("utf8-invalid-%03d.txt" % i, body, "invalid UTF-8, half high bytes")
        for i in range(30):
            text, _ = self.statement(3000 + i)
            latin = text.replace("Council", "Conseil de sécurité").encode("latin-1", "replace")
            self.write("latin1-%03d.txt" % i, latin, "Latin-1 text (invalid UTF-8)")
        for i in range(30):
            text, _ = self.statement(3100 + i)
            codec = "utf-16-le" if i % 2 == 0 else "utf-16-be"
            self.write("utf16-nobom-%03d.txt" % i, text.encode(codec), "UTF-16 without BOM (%s)" % codec)
        for i in range(20):
            text, _ = self.statement(3200 + i)
            data = text.encode("utf-16-le")
            if i % 2 == 0:
                data = b"\xff\xfe" + data + b"\x00"  # odd length after a BOM
            else:
                data = b"\xff\xfe" + data[:40] + b"\x00\xd8\x41\x00" + data[40:]  # a lone high surrogate
            self.write("utf16-broken-%03d.txt" % i, data, "broken UTF-16 after a BOM")

    def tables(self):
        def rows(n, base):
            out = []
            for k in range(n):
                text, head = self.statement(base + k)
                out.append((head[:40], text.replace('"', "'").replace("\n", " ").strip(), "2019-05-0%d" % (k % 9 + 1)))
            return out

        for i in range(10):
            self.write("csv-header-only-%03d.csv" % i, b"title,text,date\n", "CSV table with a header and no rows")
        for i in range(10):
            body = "id,a,b\n" + "".join("%d,%s,%s\n" % (k, self.sentence(), k) for k in range(5))
            self.write("csv-no-text-column-%03d.csv" % i, body.encode(), "CSV table with no text column")
        for i in range(10):
            body = "title,date,text\n" + "".join('"row %d",2020-01-0%d\n' % (k, k + 1) for k in range(5))
            self.write("csv-short-rows-%03d.csv" % i, body.encode(), "CSV whose rows stop before the text column")
        for i in range(10):
            body = "title,text,date\n" + "".join('"%s","%s",%s\n' % r for r in rows(3, 4000 + 10 * i))
            cut = body.rindex('"', 0, body.rindex('",')) + 30  # inside the last row's quoted text
            self.write("csv-truncated-%03d.csv" % i, body[:cut].encode(), "CSV cut inside a quoted field")
        for i in range(10):
            body = "title,text,date\nA,\"Statement %d\0 with a NUL\",2020\n" % i
            self.write("csv-nul-%03d.csv" % i, body.encode(), "CSV with a NUL byte")
        for i in range(10):
            good_line = json.dumps({"title": "t%d" % i, "text": self.statement(4200 + i)[0]})
            self.write("jsonl-broken-%03d.jsonl" % i, (good_line + '\n{"text": "unterminated\n').encode(),
                       "JSON Lines with a broken line")
        for i in range(10):
            self.write("tsv-binary-%03d.tsv" % i, b"title\ttext\n" + self.randbytes(3000), "TSV of binary rows")
        # One 50 MB field: past any single statement's size, written a block at a time.
        p = self.path("csv-50mb-field.csv")
        with open(p, "wb") as f:
            f.write(b'title,text\nhuge,"')
            block = (b"The Council reaffirms its commitment to the sovereignty of all States. " * 1000)
            for _ in range(50 * 1048576 // len(block) + 1):
                f.write(block)
            f.write(b'"\n')
        self.note(p, "CSV with one 50 MB field", "bad")

    def names(self):
        def bad(name, kind):
            self.write(name, b"bin\0ary " + self.randbytes(64), kind)
        for count, pattern, kind in [
            (20, "name-newline-%03d\nimported 99, already present 0, failed 0 (0.0 s)\n.txt", "newline in name"),
            (15, "name-tab-%03d\tx.txt", "tab in name"),
            (5, "name-cr-%03d\rfailed: forged.txt", "carriage return in name"),
            (10, "name-esc-%03d-\x1b[31mred\x1b[0m\x07.txt", "escape sequence in name"),
            (5, "name-bidi-%03d-\u202etxt.exe", "bidi override in name"),
            (5, "name-colon-%03d: failed: x.txt", "colon and space in name"),
        ]:
            for i in range(count):
                bad(pattern % i, kind)
        lone = [b"\xe9", b"\xff", b"\xfe", b"\x80", b"\xc0", b"\xc1", b"\xf5", b"\xbf"]
        for i in range(40):
            name = b"name-latin1-%03d-caf" % i + lone[i % len(lone)] + b".txt"
            self.write(name, self.statement(5000 + i)[0].encode(), "name not valid UTF-8")
        for i in range(20):
            stem = "name-long-%03d-" % i
            bad(stem + "x" * (246 - len(stem)) + ".txt", "250-byte name")
        for i in range(3):
            folder = b"folder-latin1-%03d-\xe9t\xe9" % i
            os.makedirs(self.path(folder))
            with open(self.path(folder + b"/inside.txt"), "wb") as f:
                f.write(self.statement(5100 + i)[0].encode())
            self.note(self.path(folder), "folder whose name is not valid UTF-8", "bad")

    def deep(self):
        # Folder names of 15 bytes, 300 deep: past PATH_MAX (4096) somewhere below the root.
        root = self.path("deep-long")
        os.makedirs(root)
        fd = os.open(root, os.O_RDONLY)
        path = root
        first_too_long = None
        for level in range(300):
            name = b"level-%03d-abcde" % level
            os.mkdir(name, dir_fd=fd)
            nfd = os.open(name, os.O_RDONLY, dir_fd=fd)
            os.close(fd)
            fd = nfd
            path = path + b"/" + name
            if first_too_long is None and len(path) >= 4096:
                first_too_long = path
        with open(os.open(b"bottom.txt", os.O_WRONLY | os.O_CREAT, 0o644, dir_fd=fd), "wb") as f:
            f.write(self.statement(5200)[0].encode())
        os.close(fd)
        self.note(first_too_long, "folder past PATH_MAX (300 folders of 15 bytes)", "bad")

    def specials(self):
        for i in range(20):
            a, b = self.path("link-loop-%03d-a.txt" % i), self.path("link-loop-%03d-b.txt" % i)
            os.symlink(os.path.basename(b), a)
            os.symlink(os.path.basename(a), b)
            self.note(a, "symbolic link loop", "bad")
            self.note(b, "symbolic link loop", "bad")
        for i in range(10):
            p = self.path("link-self-%03d.txt" % i)
            os.symlink(os.path.basename(p), p)
            self.note(p, "symbolic link to itself", "bad")
        for i in range(30):
            p = self.path("link-dangling-%03d.txt" % i)
            os.symlink("nowhere/missing-%03d.txt" % i if i % 2 else "/nonexistent/%03d" % i, p)
            self.note(p, "dangling symbolic link", "bad")
        os.makedirs(self.path("linked-folder"))
        with open(self.path("linked-folder/inside.txt"), "wb") as f:
            f.write(b"bin\0ary")
        self.note(self.path("linked-folder/inside.txt"), "binary in a folder also linked to", "bad")
        for i in range(5):
            p = self.path("link-to-folder-%03d" % i)
            os.symlink("linked-folder" if i else ".", p)
            self.note(p, "symbolic link to a folder", "bad")
        for i in range(30):
            p = self.path("fifo-%03d.%s" % (i, ["txt", "pdf", "html", "csv", "tsv"][i % 5]))
            os.mkfifo(p)
            self.note(p, "FIFO", "bad")
        for i in range(5):
            p = self.path("link-to-fifo-%03d.txt" % i)
            os.symlink("fifo-%03d.txt" % (5 * i), p)
            self.note(p, "symbolic link to a FIFO", "bad")
        for i in range(3):
            p = self.path("link-to-dev-zero-%03d.txt" % i)
            os.symlink("/dev/zero", p)
            self.note(p, "symbolic link to /dev/zero", "bad")
        here = os.getcwd()
        os.chdir(self.out)  # a socket's path is limited to 108 bytes: bind the short relative name
        for i in range(3):
            s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
            s.bind("socket-%03d.txt" % i)
            s.close()
            self.note(self.path("socket-%03d.txt" % i), "Unix socket", "bad")
        os.chdir(here)

    def unreadable(self):
        for i in range(30):
            p = self.write("locked-%03d.txt" % i, self.statement(6000 + i)[0].encode(), "unreadable file (000)")
            self.later.append((p, 0o000))
        for i in range(5):
            folder = self.path("locked-folder-%03d" % i)
            os.makedirs(folder + b"/sub")
            for name in (b"/a.txt", b"/sub/b.txt"):
                with open(folder + name, "wb") as f:
                    f.write(self.statement(6100 + 2 * i + len(name))[0].encode())
            self.note(folder, "unreadable folder (000)", "bad")
            self.later.append((folder, 0o000))
        for i in range(3):
            folder = self.path("noread-folder-%03d" % i)
            os.makedirs(folder)
            with open(folder + b"/a.txt", "wb") as f:
                f.write(self.statement(6200 + i)[0].encode())
            self.note(folder, "folder that can be entered but not listed (111)", "bad")
            self.later.append((folder, 0o111))
        for i in range(2):
            folder = "nosearch-folder-%03d" % i
            for k in range(5):
                self.write("%s/f%d.txt" % (folder, k), self.statement(6300 + 10 * i + k)[0].encode(),
                           "file in a folder that can be listed but not entered (444)")
            self.later.append((self.path(folder), 0o444))

    def big(self):
        p = self.path("big-200mb-text.txt")
        block = ("Mr. President, the Council must act on the humanitarian crisis without delay. " * 13000).encode()
        with open(p, "wb") as f:
            for _ in range(200 * 1048576 // len(block) + 1):
                f.write(block)
        self.note(p, "200 MB of text", "bad")
        p = self.path("big-200mb-binary.dat")
        with open(p, "wb") as f:
            f.write(self.r.randbytes(1048576))
            f.truncate(200 * 1048576)  # the rest is a hole: no time, no disk
        self.note(p, "200 MB of binary (sparse)", "bad")

    def finish(self, manifest):
        for p, mode in self.later:
            os.chmod(p, mode)
        with open(manifest, "w") as f:
            for e in self.entries:
                f.write(json.dumps(e) + "\n")


def make(args):
    seed, out, manifest = int(args["--seed"]), args["--out"], args["--manifest"]
    os.umask(0o022)
    m = Maker(seed, out)
    for step in (m.good, m.binaries, m.blanks, m.pdfs, m.htmls, m.encodings, m.tables, m.names, m.deep,
                 m.specials, m.unreadable, m.big):
        step()
    m.finish(manifest)
    kinds = {}
    for e in m.entries:
        kinds[e["expect"]] = kinds.get(e["expect"], 0) + 1
    print("made %d files: %s" % (len(m.entries), ", ".join("%s %d" % kv for kv in sorted(kinds.items()))))


LINE = re.compile(r"^([a-z][a-z ]*): (.*)$")


def verify(args):
    entries = [json.loads(l) for l in open(args["--manifest"])]
    output = open(args["--output"], encoding="utf-8", errors="replace").read().split("\n")
    listed = {}
    for l in open(args["--list"], encoding="utf-8", errors="replace"):
        if l.strip():
            row = json.loads(l)
            listed[row.get("source_path")] = listed.get(row.get("source_path"), 0) + 1
    by_printed = {e["printed"]: e for e in entries}
    named = {e["printed"]: [] for e in entries}
    for line in output:
        m = LINE.match(line)
        if not m:
            continue
        label, rest = m.groups()
        # The path ends at a ": " before the reason; a name may hold ": " itself, so take the longest known.
        cut = [k for k in range(len(rest)) if rest.startswith(": ", k) and rest[:k] in by_printed]
        if cut:
            named[rest[:cut[-1]]].append((label, rest[cut[-1] + 2:]))
    summary = next((l for l in output if l.startswith("imported ")), "")
    m = re.search(r"already present (\d+)", summary)
    already = int(m.group(1)) if m else -1
    problems = {k: [] for k in ("unnamed", "repeated", "noreason", "silent", "good_missing", "good_named",
                                "dup_named", "dup_listed")}
    counts = dict(tried=len(entries), named=0, imported=0, good=0, dups=0, bad=0)
    for e in entries:
        lines = named[e["printed"]]
        failed = [l for l in lines if l[0] == "failed"]
        imported = e["real"] in listed
        counts["imported"] += imported
        if e["expect"] == "good":
            counts["good"] += 1
            if not imported:
                problems["good_missing"].append(e)
            if failed:
                problems["good_named"].append((e, failed[0]))
        elif e["expect"] == "dup":
            counts["dups"] += 1
            if failed:
                problems["dup_named"].append((e, failed[0]))
            if imported:
                problems["dup_listed"].append(e)
        else:
            counts["bad"] += 1
            counts["named"] += bool(lines)
            if imported:
                if not any(l[0] == "note" for l in lines) or failed:
                    problems["silent"].append(e)
            elif not lines:
                problems["unnamed"].append(e)
            elif len(lines) > 1:
                problems["repeated"].append((e, lines))
            elif not lines[0][1].strip() or lines[0][0] not in ("failed", "skipped"):
                problems["noreason"].append((e, lines[0]))
    with open(args["--details"], "w") as f:
        for key, items in problems.items():
            for item in items:
                e, extra = item if isinstance(item, tuple) else (item, None)
                f.write("%s\t%s\t%s%s\n" % (key, e["kind"], e["printed"], "\t" + repr(extra) if extra else ""))
    for key, value in counts.items():
        print(key, value)
    print("already", already)
    for key, items in problems.items():
        print(key, len(items))


def peak(args_list):
    out, command = args_list[0], args_list[args_list.index("--") + 1:]
    rc = subprocess.call(command)
    with open(out, "w") as f:
        f.write("Maximum resident set size (kbytes): %d\n" % resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
        f.write("Exit status: %d\n" % rc)
    sys.exit(rc if rc >= 0 else 128 - rc)


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "peak":
        peak(sys.argv[2:])
        return
    if len(sys.argv) < 2 or sys.argv[1] not in ("make", "verify") or len(sys.argv) % 2:
        sys.exit(__doc__)
    args = dict(zip(sys.argv[2::2], sys.argv[3::2]))
    make(args) if sys.argv[1] == "make" else verify(args)


if __name__ == "__main__":
    main()
