# Text processing for a release-notes tool: re (named groups, finditer, sub with functions,
# verbose patterns, lookarounds, split, flags), textwrap (wrap, fill, shorten, indent, dedent),
# and string.Template (substitute, safe_substitute, custom delimiters, errors).
import re
import string
import textwrap

NOTES = """\
    * [FIX] Parser crashed on empty input (#123) -- thanks @ana
    * [feat] Added `--json` output; see docs/output.md (#130, #131)
    * [PERF] Startup 35% faster on cold cache (#140)
    * [fix] Typo in help text (#141) -- thanks @bo_b
    * [Docs] Rewrote the tutorial, 12 pages (#150)
    * [misc] Bumped version 1.4.2 -> 1.5.0
"""

ENTRY = re.compile(r"""
    ^\s*\*\s*                        # bullet
    \[(?P<kind>[a-z]+)\]\s+           # [KIND]
    (?P<text>.*?)                     # description (lazy)
    (?:\s*\((?P<refs>\#\d+(?:,\s*\#\d+)*)\))?   # optional (#1, #2)
    (?:\s*--\s*thanks\s+@(?P<who>\w+))?          # optional credit
    \s*$""", re.VERBOSE | re.IGNORECASE | re.MULTILINE)

entries = []
for m in ENTRY.finditer(textwrap.dedent(NOTES)):
    refs = [int(r) for r in re.findall(r"\d+", m["refs"] or "")]
    entries.append((m.group("kind").lower(), m["text"], refs, m.group("who")))
    print(m.span(), m.groupdict())

print("-- grouped")
order = ["feat", "fix", "perf", "docs", "misc"]
for kind in order:
    items = [e for e in entries if e[0] == kind]
    if items:
        print(f"{kind.upper()}:")
        for _, text, refs, who in items:
            line = text + (f" ({', '.join(f'#{r}' for r in refs)})" if refs else "") + (f" [@{who}]" if who else "")
            print(textwrap.fill(line, width=40, initial_indent="  - ", subsequent_indent="    "))

print("-- substitutions")
text = "Contact ana@example.com or bo.b+dev@mail.example.org; version 1.4.2 -> 1.5.0 on 2024-03-09."
print(re.sub(r"(\w[\w.+]*)@([\w.]+)", lambda m: f"{m[1][0]}***@{m[2]}", text))
print(re.sub(r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)", r"\g<d>/\g<m>/\g<y>", text))
print(re.subn(r"\d+", "#", text), re.sub(r"(?<=\d)\.(?=\d)", "_", text))


def bump(m):
    major, minor, patch = map(int, m.groups())
    return f"{major}.{minor + 1}.0"


print(re.sub(r"\b(\d+)\.(\d+)\.(\d+)\b", bump, text, count=1))
print(re.split(r"\s*[;,]\s*|\s+or\s+", "a, b;c or d ,e"), re.split(r"(-)", "x-y-z", maxsplit=1))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"), re.findall(r"\b[A-Z]{2,}\b", "The CLI and API of HTTP x"))
m = re.search(r"(?i)version\s+(?P<old>[\d.]+)\s*->\s*(?P<new>[\d.]+)", text)
print(m.group(0), m.start("new"), m.end(), m.expand(r"\g<new> replaces \1"), m.lastgroup, m.re.flags & re.I)
print(re.fullmatch(r"[a-z]+\d*", "abc123") is not None, re.match(r"\d", "a1"), bool(re.compile("^$").match("")))
print(re.escape("1.5*(x+y)?"), [t for t in re.findall(r"\S+", " tab\tand  spaces\n") if t])
pattern = re.compile(r"(?P<word>\b\w+\b)\s+(?P=word)", re.I)
print(pattern.findall("this is is a test Test of the the repeats"), pattern.groups, sorted(pattern.groupindex))
try:
    re.compile(r"(unclosed")
except re.error as e:
    print("re.error:", e.msg, "at", e.pos)

print("-- textwrap")
para = ("Weft compiles Python modules ahead of time into JVM classes, so programs start fast and "
        "run without an interpreter loop; the runtime is free-threaded.")
print(textwrap.wrap(para, 30))
print(textwrap.fill(para, width=50, max_lines=2, placeholder=" [...]"))
print(textwrap.shorten(para, 60), "|", textwrap.shorten("Hello   world!", width=12))
print(textwrap.indent("line one\n\nline three\n", "> "), end="")
print(textwrap.indent("a\nb\n", "+ ", predicate=lambda ln: ln.startswith("b")), end="")
print(repr(textwrap.dedent("    x\n      y\n    z")))
w = textwrap.TextWrapper(width=20, break_long_words=True, expand_tabs=True, tabsize=4, drop_whitespace=False)
print(w.wrap("averyveryverylongwordthatmustbreak\tand tabs"))

print("-- templates")
tpl = string.Template("Release $version ($date): ${count} changes by $$team")
print(tpl.substitute(version="1.5.0", date="2024-03-09", count=len(entries)))
print(tpl.safe_substitute({"version": "1.5.1"}), tpl.get_identifiers(), tpl.is_valid())
for bad in [dict(version="x"), None]:
    try:
        print(tpl.substitute(bad) if bad else string.Template("cost: $").substitute())
    except (KeyError, ValueError) as e:
        print(type(e).__name__, e)


class Percent(string.Template):
    delimiter = "%"
    idpattern = r"[a-z]+"


print(Percent("%who owes %amount%% to %{whom}").substitute(who="ana", amount=5, whom="bo"))
print(string.capwords("hello   wide  world"), string.ascii_lowercase[:5], string.punctuation[:8])
fmt = string.Formatter()
print(fmt.format("{0:>5}|{name!r}", 42, name="x"), list(fmt.parse("a{b:>3}c{{")))
