"""A tour of the re module's Pattern and Match objects: groups, flags, assertions,
repetition kinds, substitution and splitting, on str and bytes."""
import re


def show(label, value):
    print(f"{label:<28} {value!r}")


def spans(pattern, text, flags=0):
    return [m.span() for m in re.finditer(pattern, text, flags)]


def groups_and_names():
    date = re.compile(r"(?P<year>\d{4})-(?P<month>\d\d)-(?P<day>\d\d)(?:T(?P<hour>\d\d))?")
    m = date.search("released on 2024-03-15, patched 2024-04-01T09")
    show("match", m)
    show("group()", m.group())
    show("group(1, 'day')", m.group(1, "day"))
    show("groups()", m.groups())
    show("groups('?')", m.groups("?"))
    show("groupdict()", m.groupdict())
    show("span('month')", m.span("month"))
    show("start(4), end(4)", (m.start(4), m.end(4)))
    show("lastindex/lastgroup", (m.lastindex, m.lastgroup))
    show("regs", m.regs)
    show("m['year']", m["year"])
    show("pos/endpos", (m.pos, m.endpos))
    show("re.groupindex", dict(date.groupindex))
    show("re.groups", date.groups)
    later = date.search("released on 2024-03-15, patched 2024-04-01T09", m.end())
    show("second", (later.group(), later.lastgroup))
    show("expand", later.expand(r"\g<day>/\g<month>/\1 at \4h"))
    for bad in (7, "minute"):
        try:
            m.group(bad)
        except IndexError as e:
            show(f"group({bad!r})", str(e))


def flags_and_anchors():
    text = "First line\nsecond LINE\n  third line  \n"
    show("^\\w+ M", re.findall(r"^\w+", text, re.M))
    show("\\w+$ M", re.findall(r"\w+\s*$", text, re.M))
    show("line I", re.findall(r"line", text, re.I))
    show(". vs DOTALL", (len(re.findall(r".", text)), len(re.findall(r".", text, re.S))))
    show("\\Z vs $", (re.search(r"line\s*\Z", text).span(), bool(re.search(r"\n\Z", text))))
    show("verbose", re.match(r"""
        (\d+)   # digits
        \s*     # optional space
        ([a-z]+)  # unit
        """, "42 km", re.X).groups())
    show("unicode \\w", re.findall(r"\w+", "naïve café Ünïcödé 数字 ٣٤"))
    show("ascii \\w", re.findall(r"\w+", "naïve café", re.A))
    show("unicode \\d", re.findall(r"\d+", "12 ٣٤ ５６"))
    show("ignorecase é", re.findall(r"É+", "éÉeE", re.I))
    show("ignorecase ß/ſ/K", (bool(re.match("ß", "ẞ", re.I)), bool(re.match("s", "ſ", re.I)),
                              bool(re.match("k", "K", re.I)), bool(re.match("k", "K", re.I | re.A))))
    show("boundaries", spans(r"\b", "hi, you"))
    show("non-boundaries", spans(r"\B", "hi, you"))
    show("inline flags", re.findall(r"(?i:ab)c", "ABc ABC abc"))


def assertions_and_repeats():
    show("lookahead", re.findall(r"\w+(?=:)", "key: value other:x"))
    show("neg lookahead", re.findall(r"\b(?!un)\w+able\b", "unable capable unstable readable"))
    show("lookbehind", re.findall(r"(?<=\$)\d+", "cost $30, tax 5, tip $4"))
    show("neg lookbehind", re.findall(r"(?<!\$)\b\d+", "cost $30, tax 5, tip $4"))
    show("backref", re.findall(r"\b(\w+) \1\b", "it is is the the end end."))
    show("named backref", re.sub(r"(?P<c>[a-z])(?P=c)+", r"\g<c>", "aabbbcdddde"))
    show("conditional", [bool(re.fullmatch(r"(<)?\w+(?(1)>)", s)) for s in ("<a>", "a", "<a", "a>")])
    show("greedy", re.match(r"<.+>", "<a><b>").group())
    show("lazy", re.match(r"<.+?>", "<a><b>").group())
    show("bounded", re.findall(r"\d{2,3}", "1 12 123 1234 12345"))
    show("lazy bounded", re.findall(r"\d{2,3}?", "12345"))
    show("possessive", (re.match(r"a*+a", "aaaa"), re.match(r"a*a", "aaaa").span()))
    show("atomic", (re.match(r"(?>a|ab)c", "abc"), re.match(r"(?:a|ab)c", "abc").span()))
    show("empty repeats", re.findall(r"(a|)+", "aab"))
    show("last iteration", re.match(r"(?:(\d)|([a-z]))+", "1a2").groups())
    show("nested groups", re.match(r"((a)(b(c)?))+", "abcab").groups())
    deep = "ab" * 20000 + "c"
    show("deep backtracking", re.match(r"(a|b)*c", deep).span())
    show("lazy deep", re.match(r"(?:a|b)*?c", deep).end())


def substitution_and_splitting():
    text = "The year 1999 and the year 2024; also 0042."
    show("sub template", re.sub(r"(\d+)", r"<\1>", text))
    show("sub callable", re.sub(r"\d+", lambda m: str(int(m.group()) + 1), text))
    show("subn count", re.subn(r"year", "YEAR", text, count=1))
    show("sub empty matches", re.sub(r"x*", "-", "abc"))
    show("sub escapes", re.sub(r"(\w+)@(\w+)", r"\2\t\1\\n", "user@host"))
    show("sub unmatched group", re.sub(r"(a)|b", r"[\1]", "abab"))
    show("split", re.split(r"[;,]\s*", "a, b;c,d"))
    show("split groups", re.split(r"([;,])", "a,b;c"))
    show("split maxsplit", re.split(r"\s+", "one two  three   four", maxsplit=2))
    show("split empty", re.split(r"\b", "one two"))
    show("split optional group", re.split(r"(-)?\d", "a1b-2c"))
    show("findall tuples", re.findall(r"(\w)=(\d)?", "a=1 b= c=3"))
    show("fullmatch", [bool(re.fullmatch(r"[a-f0-9]+", s)) for s in ("beef", "beefy", "")])
    show("escape", re.escape("1+1=2? [yes] (maybe) ^_^"))
    p = re.compile(r"\w+")
    show("pos/endpos", (p.match("hello world", 6).group(), p.search("hello world", 2, 4).group(),
                        p.fullmatch("hello world", 0, 5) is not None))
    show("finditer spans", spans(r"o", "foo boo"))


def bytes_patterns():
    data = b"GET /index.html HTTP/1.1\r\nHost: example.org\r\nX-Num: 42\r\n\r\n"
    request = re.match(rb"(?P<method>[A-Z]+) (?P<path>\S+) HTTP/(?P<ver>[\d.]+)", data)
    show("request", request.groupdict())
    show("headers", re.findall(rb"^([\w-]+): (.*?)\r$", data, re.M))
    show("bytes sub", re.sub(rb"\d+", lambda m: str(int(m.group()) * 2).encode(), data.splitlines()[2]))
    show("bytes icase", re.findall(rb"host", data, re.I))
    show("bytes \\w", re.findall(rb"\w+", "é x".encode("latin-1")))
    show("bytearray", re.search(rb"\d+", bytearray(b"ab123")).group())
    for pattern, subject in (("a", b"a"), (b"a", "a")):
        try:
            re.match(pattern, subject)
        except TypeError as e:
            show("type mix", str(e))
    try:
        re.match("a", 5)
    except TypeError as e:
        show("not a string", str(e))


def scanner_lexer():
    spec = [("NUM", r"\d+(?:\.\d+)?"), ("ID", r"[A-Za-z_]\w*"), ("OP", r"[-+*/=()]"), ("WS", r"\s+")]
    lexer = re.compile("|".join(f"(?P<{name}>{regex})" for name, regex in spec))
    tokens = []
    for m in lexer.finditer("x = 3.5 * (y + 42)"):
        if m.lastgroup != "WS":
            tokens.append((m.lastgroup, m.group()))
    show("tokens", tokens)
    show("pattern repr", lexer.pattern[:30])
    show("same pattern", (re.compile(r"\d+") == re.compile(r"\d+"),
                          hash(re.compile("a")) == hash(re.compile("a"))))


for section in (groups_and_names, flags_and_anchors, assertions_and_repeats,
                substitution_and_splitting, bytes_patterns, scanner_lexer):
    print(f"== {section.__name__}")
    section()
