"""Converts a small Markdown-like document to HTML with regular expressions, then parses an
INI-style config and computes word statistics, all with the re module."""
import re

DOCUMENT = """\
# Release notes

Version **2.4** is _finally_ out! See [the site](https://example.org/r?v=2.4) or
mail <team@example.org>.

## Changes

* Faster `parse()` -- about **3x** on large inputs
* New option `--strict` (default: off)
* Fixed: crash on empty lines ([#123](https://bugs.example.org/123))

1. Download
2. Run `install.sh`
3. Enjoy

> Quote with *emphasis* and a trailing backslash \\
> second line

Code:

    for x in range(3):
        print(x)

Ünïcödé wörds and 数字 stay intact; so do 3.14 and 1,000.
"""

INLINE = [
    (re.compile(r"`([^`]+)`"), r"<code>\1</code>"),
    (re.compile(r"\*\*(.+?)\*\*"), r"<b>\1</b>"),
    (re.compile(r"(?<![\w*])[*_](?![*_\s])(.+?)(?<![\s*_])[*_](?![\w*])"), r"<i>\1</i>"),
    (re.compile(r"\[([^\]]+)\]\(([^)\s]+)\)"), r'<a href="\2">\1</a>'),
    (re.compile(r"<([\w.+-]+@[\w-]+(?:\.[\w-]+)+)>"), r'<a href="mailto:\1">\1</a>'),
    (re.compile(r"\s--\s"), " &ndash; "),
]

BLOCK = re.compile(r"""
    (?P<heading>^(?P<level>\#{1,6})\ +(?P<title>.+)$)
  | (?P<bullet>^\*\ +(?P<item>.+)$)
  | (?P<numbered>^\d+\.\ +(?P<nitem>.+)$)
  | (?P<quote>^>\ ?(?P<qtext>.*)$)
  | (?P<code>^\ {4}(?P<ctext>.*)$)
  | (?P<blank>^\s*$)
  | (?P<text>^.+$)
""", re.M | re.X)


def inline(text):
    protected = []

    def protect(m):
        protected.append(m.group(0))
        return "\x00%d\x00" % (len(protected) - 1)

    text = re.sub(r"`[^`]+`", protect, text)
    text = text.replace("&", "&amp;")
    text = re.sub(r"\x00(\d+)\x00", lambda m: protected[int(m.group(1))], text)
    for pattern, repl in INLINE:
        text = pattern.sub(repl, text)
    return text


def convert(doc):
    out = []
    open_list = None
    paragraph = []

    def flush():
        nonlocal open_list
        if paragraph:
            out.append("<p>" + inline(" ".join(paragraph)) + "</p>")
            paragraph.clear()
        if open_list:
            out.append("</%s>" % open_list)
            open_list = None

    def start_list(kind):
        nonlocal open_list
        if open_list != kind:
            flush()
            out.append("<%s>" % kind)
            open_list = kind

    for m in BLOCK.finditer(doc):
        kind = m.lastgroup
        if m.group("heading"):
            flush()
            level = len(m.group("level"))
            out.append("<h%d>%s</h%d>" % (level, inline(m.group("title")), level))
        elif m.group("bullet"):
            start_list("ul")
            out.append("  <li>%s</li>" % inline(m.group("item")))
        elif m.group("numbered"):
            start_list("ol")
            out.append("  <li>%s</li>" % inline(m.group("nitem")))
        elif m.group("quote") is not None:
            flush()
            out.append("<blockquote>%s</blockquote>" % inline(m.group("qtext")))
        elif m.group("code") is not None:
            flush()
            out.append("<pre>%s</pre>" % m.group("ctext").replace("<", "&lt;"))
        elif m.group("blank") is not None:
            flush()
        else:
            if open_list:
                flush()
            paragraph.append(m.group("text").strip())
        assert kind is not None
    flush()
    return "\n".join(out)


CONFIG = """
; comment line
[server]
host = example.org   ; trailing comment
port=8080
paths = /a, /b ,/c

[client "main"]
retries : 3
timeout=2.5s
empty =
  [ spaced section ]
name = Zoë
"""

SECTION = re.compile(r"^\s*\[\s*(?P<name>[^\]\"]+?)(?:\s+\"(?P<sub>[^\"]*)\")?\s*\]\s*$")
OPTION = re.compile(r"^\s*(?P<key>[\w.-]+)\s*[=:]\s*(?P<value>.*?)\s*(?:;.*)?$")


def parse_config(text):
    sections = {}
    current = None
    for lineno, line in enumerate(text.splitlines(), 1):
        if re.match(r"^\s*(;|$)", line):
            continue
        m = SECTION.match(line)
        if m:
            current = m.group("name") + (":" + m.group("sub") if m.group("sub") else "")
            sections[current] = {}
            continue
        m = OPTION.match(line)
        if m and current is not None:
            value = m.group("value")
            if re.fullmatch(r"-?\d+", value):
                value = int(value)
            elif re.fullmatch(r"-?\d+\.\d*", value):
                value = float(value)
            elif "," in value:
                value = re.split(r"\s*,\s*", value)
            sections[current][m.group("key")] = value
        else:
            print("line %d: cannot parse %r" % (lineno, line))
    return sections


def word_stats(doc):
    words = re.findall(r"[^\W\d_]+(?:'[^\W\d_]+)?", doc.lower())
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
    numbers = re.findall(r"\b\d+(?:[.,]\d+)*\b", doc)
    caps = re.findall(r"\b[A-Z][a-z]+\b", doc)
    return len(words), top, numbers, caps


print(convert(DOCUMENT))
print()
for name, options in parse_config(CONFIG).items():
    print(name, options)
print()
total, top, numbers, caps = word_stats(DOCUMENT)
print("words:", total)
print("top:", top)
print("numbers:", numbers)
print("capitalised:", caps)
print("sentences:", len(re.split(r"(?<=[.!?])\s+(?=[A-Z])", DOCUMENT.replace("\n", " "))))
