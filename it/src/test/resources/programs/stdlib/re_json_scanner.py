"""A JSON reader driven by regular expressions, in the style of json.scanner: one compiled
pattern per token kind, matched at explicit positions; plus a writer and error reporting."""
import re

FLAGS = re.VERBOSE | re.MULTILINE | re.DOTALL
WHITESPACE = re.compile(r"[ \t\n\r]*", FLAGS)
NUMBER = re.compile(r"(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?", FLAGS)
STRINGCHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', FLAGS)
BACKSLASH = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}
HEX4 = re.compile(r"[0-9a-fA-F]{4}")
LITERALS = re.compile(r"true|false|null")


class JSONError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        super().__init__("%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))


def parse_string(s, end):
    chunks = []
    begin = end - 1
    while True:
        chunk = STRINGCHUNK.match(s, end)
        if chunk is None:
            raise JSONError("Unterminated string starting at", s, begin)
        end = chunk.end()
        content, terminator = chunk.groups()
        if content:
            chunks.append(content)
        if terminator == '"':
            break
        if terminator != "\\":
            raise JSONError("Invalid control character at", s, end - 1)
        esc = s[end:end + 1]
        if esc == "u":
            m = HEX4.match(s, end + 1)
            if m is None:
                raise JSONError("Invalid \\uXXXX escape", s, end - 1)
            code = int(m.group(), 16)
            end = m.end()
            if 0xD800 <= code <= 0xDBFF and s[end:end + 2] == "\\u":
                low = HEX4.match(s, end + 2)
                if low and 0xDC00 <= int(low.group(), 16) <= 0xDFFF:
                    code = 0x10000 + ((code - 0xD800) << 10) + (int(low.group(), 16) - 0xDC00)
                    end = low.end()
            chunks.append(chr(code))
        else:
            if esc not in BACKSLASH:
                raise JSONError("Invalid \\escape: %r" % esc, s, end)
            chunks.append(BACKSLASH[esc])
            end += 1
    return "".join(chunks), end


def parse_value(s, idx):
    idx = WHITESPACE.match(s, idx).end()
    ch = s[idx:idx + 1]
    if ch == '"':
        return parse_string(s, idx + 1)
    if ch == "{":
        return parse_object(s, idx + 1)
    if ch == "[":
        return parse_array(s, idx + 1)
    m = LITERALS.match(s, idx)
    if m:
        return {"true": True, "false": False, "null": None}[m.group()], m.end()
    m = NUMBER.match(s, idx)
    if m:
        integer, frac, exp = m.groups()
        if frac or exp:
            return float(integer + (frac or "") + (exp or "")), m.end()
        return int(integer), m.end()
    raise JSONError("Expecting value", s, idx)


def parse_array(s, idx):
    items = []
    idx = WHITESPACE.match(s, idx).end()
    if s[idx:idx + 1] == "]":
        return items, idx + 1
    while True:
        value, idx = parse_value(s, idx)
        items.append(value)
        idx = WHITESPACE.match(s, idx).end()
        ch = s[idx:idx + 1]
        if ch == "]":
            return items, idx + 1
        if ch != ",":
            raise JSONError("Expecting ',' delimiter", s, idx)
        idx += 1


def parse_object(s, idx):
    obj = {}
    idx = WHITESPACE.match(s, idx).end()
    if s[idx:idx + 1] == "}":
        return obj, idx + 1
    while True:
        idx = WHITESPACE.match(s, idx).end()
        if s[idx:idx + 1] != '"':
            raise JSONError("Expecting property name enclosed in double quotes", s, idx)
        key, idx = parse_string(s, idx + 1)
        idx = WHITESPACE.match(s, idx).end()
        if s[idx:idx + 1] != ":":
            raise JSONError("Expecting ':' delimiter", s, idx)
        value, idx = parse_value(s, idx + 1)
        obj[key] = value
        idx = WHITESPACE.match(s, idx).end()
        ch = s[idx:idx + 1]
        if ch == "}":
            return obj, idx + 1
        if ch != ",":
            raise JSONError("Expecting ',' delimiter", s, idx)
        idx += 1


def loads(s):
    value, end = parse_value(s, 0)
    end = WHITESPACE.match(s, end).end()
    if end != len(s):
        raise JSONError("Extra data", s, end)
    return value


ESCAPE = re.compile(r'[\x00-\x1f\\"\b\f\n\r\t]')
ESCAPE_ASCII = re.compile(r'([\\"]|[^\ -~])')
ESCAPE_DCT = {"\\": "\\\\", '"': '\\"', "\b": "\\b", "\f": "\\f", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def quote(s, ascii_only):
    def replace(m):
        c = m.group(0)
        if c in ESCAPE_DCT:
            return ESCAPE_DCT[c]
        n = ord(c)
        if n < 0x10000:
            return "\\u%04x" % n
        n -= 0x10000
        return "\\u%04x\\u%04x" % (0xD800 | (n >> 10), 0xDC00 | (n & 0x3FF))
    return '"' + (ESCAPE_ASCII if ascii_only else ESCAPE).sub(replace, s) + '"'


def dumps(v, ascii_only=True):
    if isinstance(v, dict):
        return "{" + ", ".join(quote(k, ascii_only) + ": " + dumps(x, ascii_only) for k, x in v.items()) + "}"
    if isinstance(v, list):
        return "[" + ", ".join(dumps(x, ascii_only) for x in v) + "]"
    if isinstance(v, str):
        return quote(v, ascii_only)
    if v is True:
        return "true"
    if v is False:
        return "false"
    if v is None:
        return "null"
    return repr(v)


SAMPLE = r'''
{
  "name": "Weft \u00e9\u00e8 \ud83d\ude00",
  "version": [1, 2, 3],
  "ratio": -0.25e-2, "big": 12345678901234567890,
  "nested": {"a": [true, false, null, {"b": "tab\tnew\nline \"q\" \\ \/"}], "empty": {}, "none": []},
  "unicode": "数字 Ünïcödé"
}
'''

doc = loads(SAMPLE)
print(doc)
print(dumps(doc))
print(dumps(doc, ascii_only=False))
print(loads(dumps(doc)) == doc)

rows = [{"id": i, "name": "item %d" % i, "tags": ["t%d" % (i % 7), "x" * (i % 5)], "price": i * 1.25}
        for i in range(400)]
text = dumps(rows)
back = loads(text)
print(len(text), len(back), back[123], sum(r["price"] for r in back))

deep = "[" * 300 + "]" * 300
print(len(dumps(loads(deep))))

for bad in ['{"a" 1}', '[1, 2', '{"a": tru}', '"abc', '"bad \\x escape"', '[1] x', '{1: 2}', '"\x01"']:
    try:
        loads(bad)
    except JSONError as e:
        print("error:", e)
