# A hand-written JSON-like parser and serializer with error positions and pretty printing.


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at offset {pos}")
        self.pos = pos


class JsonParser:
    ESCAPES = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}

    def __init__(self, text):
        self.text = text
        self.pos = 0

    def parse(self):
        value = self.value()
        self.skip_ws()
        if self.pos != len(self.text):
            raise ParseError("extra data", self.pos)
        return value

    def skip_ws(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \t\r\n":
            self.pos += 1

    def peek(self):
        self.skip_ws()
        return self.text[self.pos] if self.pos < len(self.text) else ""

    def expect(self, ch):
        if self.peek() != ch:
            raise ParseError(f"expected {ch!r}", self.pos)
        self.pos += 1

    def value(self):
        ch = self.peek()
        if ch == "{":
            return self.obj()
        if ch == "[":
            return self.arr()
        if ch == '"':
            return self.string()
        if ch == "-" or ch.isdigit():
            return self.number()
        for word, val in (("true", True), ("false", False), ("null", None)):
            if self.text.startswith(word, self.pos):
                self.pos += len(word)
                return val
        raise ParseError("unexpected " + (repr(ch) if ch else "end of input"), self.pos)

    def obj(self):
        self.expect("{")
        result = {}
        if self.peek() == "}":
            self.pos += 1
            return result
        while True:
            if self.peek() != '"':
                raise ParseError("expected key", self.pos)
            key = self.string()
            self.expect(":")
            result[key] = self.value()
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("}")
            return result

    def arr(self):
        self.expect("[")
        items = []
        if self.peek() == "]":
            self.pos += 1
            return items
        while True:
            items.append(self.value())
            if self.peek() == ",":
                self.pos += 1
                continue
            self.expect("]")
            return items

    def string(self):
        self.expect('"')
        out = []
        while True:
            if self.pos >= len(self.text):
                raise ParseError("unterminated string", self.pos)
            ch = self.text[self.pos]
            self.pos += 1
            if ch == '"':
                return "".join(out)
            if ch == "\\":
                esc = self.text[self.pos]
                self.pos += 1
                if esc == "u":
                    code = int(self.text[self.pos:self.pos + 4], 16)
                    self.pos += 4
                    if 0xD800 <= code < 0xDC00 and self.text.startswith("\\u", self.pos):
                        low = int(self.text[self.pos + 2:self.pos + 6], 16)
                        self.pos += 6
                        code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    out.append(chr(code))
                elif esc in self.ESCAPES:
                    out.append(self.ESCAPES[esc])
                else:
                    raise ParseError(f"bad escape \\{esc}", self.pos - 1)
            else:
                out.append(ch)

    def number(self):
        start = self.pos
        if self.text[self.pos] == "-":
            self.pos += 1
        while self.pos < len(self.text) and self.text[self.pos] in "0123456789.eE+-":
            self.pos += 1
        literal = self.text[start:self.pos]
        try:
            return float(literal) if any(c in literal for c in ".eE") else int(literal)
        except ValueError:
            raise ParseError(f"bad number {literal!r}", start) from None


def dumps(value, indent=0, level=0):
    pad = " " * (indent * (level + 1))
    end_pad = " " * (indent * level)
    sep = ",\n" if indent else ", "
    if value is None:
        return "null"
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, (int, float)):
        return repr(value)
    if isinstance(value, str):
        out = []
        for ch in value:
            if ch in '"\\':
                out.append("\\" + ch)
            elif ch == "\n":
                out.append("\\n")
            elif ord(ch) < 0x20:
                out.append(f"\\u{ord(ch):04x}")
            elif ord(ch) > 0xFFFF:
                v = ord(ch) - 0x10000
                out.append(f"\\u{0xD800 + (v >> 10):04x}\\u{0xDC00 + (v & 0x3FF):04x}")
            else:
                out.append(ch)
        return '"' + "".join(out) + '"'
    if isinstance(value, list):
        if not value:
            return "[]"
        inner = sep.join(pad + dumps(v, indent, level + 1) if indent else dumps(v) for v in value)
        return f"[\n{inner}\n{end_pad}]" if indent else f"[{inner}]"
    if isinstance(value, dict):
        if not value:
            return "{}"
        items = [f"{dumps(k)}: {dumps(v, indent, level + 1)}" for k, v in value.items()]
        inner = sep.join(pad + item for item in items) if indent else sep.join(items)
        return f"{{\n{inner}\n{end_pad}}}" if indent else f"{{{inner}}}"
    raise TypeError(f"cannot serialize {type(value).__name__}")


doc = r'''
{
  "name": "weft",
  "version": [0, 1, 0],
  "ratio": -12.5e-1,
  "tags": ["compiler", "jvm", "python"],
  "nested": {"empty": {}, "list": [], "flags": [true, false, null]},
  "text": "line\nbreak \"quoted\" tab\t uni\u00e9 smile\ud83d\ude42",
  "big": 123456789012345678901234567890
}
'''
data = JsonParser(doc).parse()
print(data)
print(dumps(data))
print(dumps(data, indent=2))
assert JsonParser(dumps(data)).parse() == data
print("roundtrip ok; smile is", len(data["text"][-1]), "code point:", hex(ord(data["text"][-1])))

bad_inputs = ['{"a": 1,}', "[1, 2", '{"a" 1}', '"open', "tru", "[1] x", "-", '{"k": "\\q"}', ""]
for text in bad_inputs:
    try:
        JsonParser(text).parse()
        print(f"{text!r}: parsed?!")
    except ParseError as err:
        print(f"{text!r:>14}: {err} (pos {err.pos})")

try:
    dumps({"s": {1, 2}})
except TypeError as err:
    print("TypeError:", err)
