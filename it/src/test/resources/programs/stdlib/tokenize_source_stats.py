"""Source statistics with the tokenize module: token kinds, comments, names, nesting,
string literals, a round trip through untokenize, encodings, and error reports."""
import io
import keyword
import tokenize
from collections import Counter

SAMPLE = '''\
# inventory.py -- a small module to measure
"""Inventory helpers."""
import math  # used for ceil

LIMIT = 0x10 + 2.5e3 - 1_000  # mixed literals

class Stock:
    """A stock item."""

    def __init__(self, name, qty=0):
        self.name = name
        self.qty = qty  # units

    def restock(self, n):
        if n <= 0:
            raise ValueError(f"bad amount {n!r} for {self.name}")
        self.qty += n
        return [self.qty, {'name': self.name, 'ok': (n > 1)}]

async def audit(items):
    total = sum(i.qty for i in items)
    await report(total)
    return math.ceil(total / 3)
'''


def token_rows(source):
    return list(tokenize.generate_tokens(io.StringIO(source).readline))


def kind_table(tokens):
    kinds = Counter(tokenize.tok_name[t.type] for t in tokens)
    print("token kinds:")
    for name, count in sorted(kinds.items(), key=lambda kv: (-kv[1], kv[0])):
        print(f"  {name:<15}{count:>4}")
    exact = Counter(tokenize.tok_name[t.exact_type] for t in tokens if t.type == tokenize.OP)
    print("operators:", ", ".join(f"{k}={v}" for k, v in sorted(exact.items())))


def names_and_keywords(tokens):
    names = [t.string for t in tokens if t.type == tokenize.NAME]
    kws = Counter(n for n in names if keyword.iskeyword(n))
    soft = Counter(n for n in names if keyword.issoftkeyword(n))
    idents = Counter(n for n in names if not keyword.iskeyword(n))
    print("keywords:", dict(sorted(kws.items())))
    print("soft keywords:", dict(soft))
    print("top identifiers:", idents.most_common(5))


def comments(tokens):
    print("comments:")
    for t in tokens:
        if t.type == tokenize.COMMENT:
            row, col = t.start
            where = "inline" if t.line[:col].strip() else "own line"
            print(f"  line {row:>2} col {col:>2} ({where}): {t.string}")


def nesting(tokens):
    depth = deepest = 0
    where = None
    for t in tokens:
        if t.type == tokenize.OP and t.string in "([{":
            depth += 1
            if depth > deepest:
                deepest, where = depth, t.start
        elif t.type == tokenize.OP and t.string in ")]}":
            depth -= 1
    print("deepest bracket nesting:", deepest, "at", where)
    indents = [t for t in tokens if t.type == tokenize.INDENT]
    print("indent levels:", sorted({len(t.string) for t in indents}))


def literals(tokens):
    numbers = [t.string for t in tokens if t.type == tokenize.NUMBER]
    strings = [t for t in tokens if t.type == tokenize.STRING]
    print("numbers:", numbers)
    for t in strings:
        span = f"{t.start[0]}:{t.start[1]}-{t.end[0]}:{t.end[1]}"
        print(f"  string {span:<12} {t.string[:30]!r}")
    fparts = [(tokenize.tok_name[t.type], t.string) for t in tokens
              if t.type in (tokenize.FSTRING_START, tokenize.FSTRING_MIDDLE, tokenize.FSTRING_END)]
    print("f-string parts:", fparts)


def logical_lines(tokens):
    count = sum(1 for t in tokens if t.type == tokenize.NEWLINE)
    blank = sum(1 for t in tokens if t.type == tokenize.NL and not t.line.strip())
    print("logical lines:", count, "blank lines:", blank)
    last = tokens[-1]
    print("last token:", tokenize.tok_name[last.type], last.start, repr(last.line))


def round_trip(source):
    tokens = token_rows(source)
    print("exact untokenize round trip:", tokenize.untokenize(tokens) == source)
    compat = tokenize.untokenize((t.type, t.string) for t in tokens)
    again = [(t.type, t.string) for t in token_rows(compat)]
    print("2-tuple round trip keeps tokens:", again == [(t.type, t.string) for t in tokens])
    renamed = []
    for t in tokens:
        if t.type == tokenize.NAME and t.string == "qty":
            t = t._replace(string="count")
        renamed.append(t)
    out = tokenize.untokenize(renamed)
    print("renamed lines:", [line.strip() for line in out.splitlines() if "count" in line][:3])


def encodings():
    cases = [
        b"# -*- coding: latin-1 -*-\nname = '\xe9t\xe9'\n",
        b"\xef\xbb\xbfprint('bom')\n",
        b"#!/usr/bin/env python\n# vim: set fileencoding=utf-8 :\nx = 1\n",
        b"x = 'plain'\n",
    ]
    for data in cases:
        enc, consumed = tokenize.detect_encoding(io.BytesIO(data).readline)
        toks = list(tokenize.tokenize(io.BytesIO(data).readline))
        first = toks[0]
        strs = [t.string for t in toks if t.type == tokenize.STRING]
        print(f"  {enc:<10} consumed={len(consumed)} first={tokenize.tok_name[first.type]}:{first.string} strings={strs}")
    try:
        tokenize.detect_encoding(io.BytesIO(b"# coding: klingon\n").readline)
    except SyntaxError as e:
        print("  bad cookie:", e)


def errors():
    bad = {
        "unclosed paren": "total = (1 +\n  2\n",
        "open string": "s = '''never\nclosed\n",
        "dedent": "if x:\n        a = 1\n    b = 2\n",
        "continuation": "x = 1 + \\\n",
    }
    for label, src in bad.items():
        try:
            n = len(token_rows(src))
            print(f"  {label}: ok ({n} tokens)")
        except tokenize.TokenError as e:
            msg, pos = e.args
            print(f"  {label}: TokenError {msg} at {pos}")
        except IndentationError as e:
            print(f"  {label}: {type(e).__name__} {e.msg} line {e.lineno}")


def own_file():
    with tokenize.open(__file__) as f:
        text = f.read()
        print("tokenize.open encoding:", f.encoding, "mode:", f.mode)
    tokens = token_rows(text)
    defs = [tokens[i + 1].string for i, t in enumerate(tokens[:-1])
            if t.type == tokenize.NAME and t.string == "def"]
    print("functions in this tool:", defs)


def main():
    tokens = token_rows(SAMPLE)
    print("tokens:", len(tokens))
    kind_table(tokens)
    names_and_keywords(tokens)
    comments(tokens)
    nesting(tokens)
    literals(tokens)
    logical_lines(tokens)
    round_trip(SAMPLE)
    print("encodings:")
    encodings()
    print("errors:")
    errors()
    own_file()


main()
