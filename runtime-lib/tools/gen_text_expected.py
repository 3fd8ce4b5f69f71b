#!/usr/bin/env python3
"""Generates the expected results of dev.weft.runtime.text's str/bytes/codec functions.

Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_text_expected.py

Writes gzipped JSON-lines files under src/test/resources/text/, one case per line:
  {"m": "str.find", "a": [args...], "r": result}     or  {"m": ..., "a": ..., "e": [type, message]}
Values: str as JSON strings (lone surrogates as \\udXXX escapes), bytes as {"b": "hex"},
int/bool/None as JSON, list/tuple as arrays. The Java test (TextCasesTest) replays each case.
"""
import gzip
import json
import os
import sys
import unicodedata
import warnings

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
warnings.simplefilter("ignore")

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(os.path.dirname(HERE), "src/test/resources/text")

STRS = [
    "", "a", "abc", "Hello World", "  hello  world  ", "hello\tworld", "ß", "straße", "STRASSE",
    "ﬁ", "ﬃx", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ", "ΑΣ ΑΣ.", "aΣb", "Σ", "AΣ", "AΣ'", "A\u0301Σ\u0301",
    "İstanbul", "ıi", "IİıiI", "ǅungla", "ǆ", "Ǆ", "ǅ", "😀", "a😀b😀c", "𝐀𝐁𝐂 abc", "𠀀𠀁𠀂",
    "e\u0301", "\u0345", "ŉ", "ΐ", "ᾳ", "ᾼ", "ǰ", "Ⓐⓑ", "ꭰ", "\u1e9e", "ʰ", "ª", "Ⅻ", "ⅻ",
    "a\tb\tc", "01\t012\t0123\t", "\t", "x\ty\n\tz\r\tw",
    "l1\nl2\r\nl3\rl4\x0bl5\x0cl6\x1c7\x1d8\x1e9\x8510\u202811\u202912", "a\n", "\n\n", "\r\n\r",
    "\x00\x7f\x80\x9f\xa0\xad", "\u3000x\u2000y\x85z\u200b", "\x1c\x1d\x1e\x1f", "١٢٣",
    "²³", "½¼", "߀", "𝟘𝟙", "-42", "+7", "-", "  ", " \t\n", "it's", '"q"', "'\"", "\\",
    "\ud800", "a\udc80b", "\udcff\udc80", "\U0001F468\u200d\U0001F469", "hello world foo",
    "Title Case Words", "tITLE", "they're bill's friends", "3rd place", "_ident", "a1", "1a",
    "℘rop", "x·y", "\u00b7x", "Ωmega", "\U000E0100", "\U00010FFFF"[:-1], "\uffff\U00010000",
    "\ue000\U0001f600", "aaa", "aaaa", "abab", "mississippi",
]

SUBS = ["", "a", "b", "ab", "Σ", "😀", "l", "o", "ss", "x", "\udc80", "\ud83d", "\ude00",
        " ", "ll", "aa", "si", "\n", "😀b", "\ue000"]

RANGES = [(None, None), (1, None), (-3, None), (0, -1), (2, 1), (10, None), (-100, 100),
          (0, 0), (3, 3), (1, 2)]


def representable(v):
    """Whether v survives the Java representation (no separate high+low surrogate pair)."""
    if isinstance(v, str):
        for i in range(len(v) - 1):
            if 0xD800 <= ord(v[i]) <= 0xDBFF and 0xDC00 <= ord(v[i + 1]) <= 0xDFFF:
                return False
        return True
    if isinstance(v, (list, tuple)):
        return all(representable(x) for x in v)
    if isinstance(v, dict):
        return all(representable(x) for x in v.values())
    return True


def enc(v):
    if isinstance(v, (bytes, bytearray)):
        return {"b": bytes(v).hex()}
    if isinstance(v, (list, tuple)):
        return [enc(x) for x in v]
    if isinstance(v, dict):
        return {"d": [[enc(k), enc(x)] for k, x in v.items()]}
    return v


class Cases:
    def __init__(self, name):
        self.path = os.path.join(OUT, name)
        self.lines = []
        self.seen = set()

    def add(self, method, fn, *args):
        if not representable(list(args)):
            return
        try:
            r = fn()
            if not representable(r):
                return
            case = {"m": method, "a": enc(list(args)), "r": enc(r)}
        except Exception as e:  # noqa: BLE001 - every Python exception is an expected result
            case = {"m": method, "a": enc(list(args)), "e": [type(e).__name__, str(e)]}
        line = json.dumps(case, ensure_ascii=True)
        if line not in self.seen:
            self.seen.add(line)
            self.lines.append(line)

    def write(self):
        data = ("\n".join(self.lines) + "\n").encode("ascii")
        with open(self.path, "wb") as fh:
            fh.write(gzip.compress(data, 9, mtime=0))
        print("%s: %d cases" % (os.path.basename(self.path), len(self.lines)))


def str_cases():
    c = Cases("str_cases.jsonl.gz")
    nullary = ["capitalize", "casefold", "lower", "upper", "swapcase", "title", "isalnum",
               "isalpha", "isascii", "isdecimal", "isdigit", "isidentifier", "islower",
               "isnumeric", "isprintable", "isspace", "istitle", "isupper", "split", "rsplit",
               "strip", "lstrip", "rstrip", "splitlines", "expandtabs"]
    for s in STRS:
        for m in nullary:
            c.add("str." + m, lambda: getattr(s, m)(), s)
        c.add("repr", lambda: repr(s), s)
        c.add("ascii", lambda: ascii(s), s)
        c.add("len", lambda: len(s), s)
        c.add("str.splitlines", lambda: s.splitlines(True), s, True)
        for t in (0, 1, 4, -1):
            c.add("str.expandtabs", lambda: s.expandtabs(t), s, t)
        for w in (0, 3, 8, 9):
            c.add("str.zfill", lambda: s.zfill(w), s, w)
            c.add("str.center", lambda: s.center(w), s, w)
            c.add("str.center", lambda: s.center(w, "*"), s, w, "*")
            c.add("str.ljust", lambda: s.ljust(w, "😀"), s, w, "😀")
            c.add("str.rjust", lambda: s.rjust(w, "-"), s, w, "-")
        for maxsplit in (-1, 0, 1, 2):
            c.add("str.split", lambda: s.split(None, maxsplit), s, None, maxsplit)
            c.add("str.rsplit", lambda: s.rsplit(None, maxsplit), s, None, maxsplit)
        for chars in ("a", "ab😀", " l", "Σ", "\udc80"):
            for m in ("strip", "lstrip", "rstrip"):
                c.add("str." + m, lambda: getattr(s, m)(chars), s, chars)
        c.add("transform_decimal", lambda: transform_decimal(s), s)
        for sub in SUBS:
            for m in ("partition", "rpartition", "removeprefix", "removesuffix", "contains"):
                fn = (lambda: sub in s) if m == "contains" else (lambda: getattr(s, m)(sub))
                c.add("str." + m, fn, s, sub)
            for maxsplit in (-1, 1):
                c.add("str.split", lambda: s.split(sub, maxsplit), s, sub, maxsplit)
                c.add("str.rsplit", lambda: s.rsplit(sub, maxsplit), s, sub, maxsplit)
            for count in (-1, 0, 1, 2):
                c.add("str.replace", lambda: s.replace(sub, "<>", count), s, sub, "<>", count)
            c.add("str.replace", lambda: s.replace(sub, "😀"), s, sub, "😀", -1)
            for start, end in RANGES:
                for m in ("find", "rfind", "index", "rindex", "count", "startswith",
                          "endswith"):
                    c.add("str." + m, lambda: getattr(s, m)(sub, start, end), s, sub, start, end)
            c.add("str.startswith", lambda: s.startswith((sub, "H")), s, [sub, "H"], None, None)
            c.add("str.endswith", lambda: s.endswith(("x", sub)), s, ["x", sub], None, None)
        c.add("str.join", lambda: s.join(["a", "😀", ""]), s, ["a", "😀", ""])
        c.add("str.join", lambda: s.join([]), s, [])
        c.add("str.translate", lambda: s.translate(TABLE), s)
        for start, stop, step in ((0, 2, 1), (1, None, 1), (None, None, -1), (None, None, 2),
                                  (-2, None, 1), (5, 1, -2)):
            c.add("slice", lambda: s[start:stop:step], s, start, stop, step)
        for other in ("\uffff", "\U00010000", "a", "", "ab"):
            c.add("compare", lambda: (s > other) - (s < other), s, other)
    c.add("str.center", lambda: "a".center(5, "xy"), "a", 5, "xy")
    c.add("str.ljust", lambda: "a".ljust(5, ""), "a", 5, "")
    c.add("str.maketrans", lambda: str.maketrans("ab😀", "xyz", "cΣ"), "ab😀", "xyz", "cΣ")
    c.add("str.maketrans", lambda: str.maketrans("ab", "x"), "ab", "x", None)
    c.add("str.maketrans_key", lambda: str.maketrans({"ab": 1}), "ab")
    c.add("str.maketrans_key", lambda: list(str.maketrans({"😀": 1}).keys())[0], "😀")
    for v in (0x110000, -1, 1.5, "xyz", None, 0x1F600):
        c.add("str.translate_value", lambda: "a".translate({97: v}), "a", v)
    return c


TABLE = {ord("a"): "A", ord("b"): None, ord("😀"): "[smile]", ord("Σ"): 0x3C3, ord(" "): "",
         ord("l"): ord("L")}


def transform_decimal(s):
    """CPython's _PyUnicode_TransformDecimalAndSpaceToASCII, observed through int()/float()."""
    out = []
    for ch in s:
        if ord(ch) < 127:
            out.append(ch)
        elif ch.isspace():
            out.append(" ")
        elif unicodedata.decimal(ch, -1) >= 0:
            out.append(str(unicodedata.decimal(ch)))
        else:
            out.append("?")
            break
    result = "".join(out)
    # Cross-check against int() where the whole string is a number.
    stripped = result.strip()
    if stripped.isdigit() and stripped.isascii():
        assert int(s) == int(stripped)
    return result


BYTES = [b"", b"a", b"abc", b"Hello World", b"  hello  world  ", b"hello\tworld", b"\x00\xff",
         b"a\x80b", b"\t\n\x0b\x0c\r \x1c", b"l1\nl2\r\nl3\rl4\x0bl5", b"mississippi", b"-42",
         b"+7", b"it's", b'"q"', b"'\"", b"\\", b"Title Case", b"tITLE", b"3rd", b"aaaa",
         b"x\ty\n\tz", b"\xe9t\xe9", b"ABC def", b"0123456789abcdef"]
BSUBS = [b"", b"a", b"ab", b"l", b"ss", b"x", b" ", b"\xff", 97, 0, 255, 256, -1]


def bytes_cases():
    c = Cases("bytes_cases.jsonl.gz")
    nullary = ["capitalize", "lower", "upper", "swapcase", "title", "isalnum", "isalpha",
               "isascii", "isdigit", "islower", "isspace", "istitle", "isupper", "split",
               "rsplit", "strip", "lstrip", "rstrip", "splitlines", "expandtabs", "hex"]
    for s in BYTES:
        for m in nullary:
            c.add("bytes." + m, lambda: getattr(s, m)(), s)
        c.add("repr", lambda: repr(s), s)
        c.add("bytes.splitlines", lambda: s.splitlines(True), s, True)
        for t in (0, 4):
            c.add("bytes.expandtabs", lambda: s.expandtabs(t), s, t)
        for w in (0, 3, 8, 9):
            c.add("bytes.zfill", lambda: s.zfill(w), s, w)
            c.add("bytes.center", lambda: s.center(w, b"*"), s, w, b"*")
            c.add("bytes.ljust", lambda: s.ljust(w), s, w, b" ")
            c.add("bytes.rjust", lambda: s.rjust(w, b"-"), s, w, b"-")
        for sep, n in ((":", 1), (":", 2), ("-", -2), (b"_", 3), (None, 1), ("::", 1),
                       ("\xe9", 1), (":", 0), (":", 100)):
            c.add("bytes.hex", lambda: s.hex(sep, n) if sep is not None else s.hex(), s, sep, n)
        for maxsplit in (-1, 1):
            c.add("bytes.split", lambda: s.split(None, maxsplit), s, None, maxsplit)
            c.add("bytes.rsplit", lambda: s.rsplit(None, maxsplit), s, None, maxsplit)
        for chars in (b"a", b" l", b"\xff"):
            for m in ("strip", "lstrip", "rstrip"):
                c.add("bytes." + m, lambda: getattr(s, m)(chars), s, chars)
        for sub in BSUBS:
            if isinstance(sub, bytes):
                for m in ("partition", "rpartition", "removeprefix", "removesuffix"):
                    c.add("bytes." + m, lambda: getattr(s, m)(sub), s, sub)
                for maxsplit in (-1, 1):
                    c.add("bytes.split", lambda: s.split(sub, maxsplit), s, sub, maxsplit)
                    c.add("bytes.rsplit", lambda: s.rsplit(sub, maxsplit), s, sub, maxsplit)
                for count in (-1, 1):
                    c.add("bytes.replace", lambda: s.replace(sub, b"<>", count), s, sub, b"<>",
                          count)
                for start, end in RANGES[:6]:
                    for m in ("startswith", "endswith"):
                        c.add("bytes." + m, lambda: getattr(s, m)(sub, start, end), s, sub,
                              start, end)
            c.add("bytes.contains", lambda: sub in s, s, sub)
            for start, end in RANGES:
                for m in ("find", "rfind", "index", "rindex", "count"):
                    c.add("bytes." + m, lambda: getattr(s, m)(sub, start, end), s, sub, start, end)
        c.add("bytes.join", lambda: s.join([b"a", b"", b"bc"]), s, [b"a", b"", b"bc"])
        c.add("bytes.translate", lambda: s.translate(bytes.maketrans(b"abc", b"xyz"), b"l "),
              s, b"abc", b"xyz", b"l ")
        c.add("bytes.translate", lambda: s.translate(None, b"l"), s, None, None, b"l")
        c.add("bytes.decode", lambda: s.decode(), s)
    for h in ("", "00", "0a 0B", " 01 02 ", "zz", "0", "0 1", "1 ", "abcdefABCDEF", "\xe9",
              "zz\xe9", "01\t02\n03", "0\xe9", "ff\x0b00", "ff\x1c00", "😀"):
        c.add("bytes.fromhex", lambda: bytes.fromhex(h), h)
    c.add("bytes.translate", lambda: b"a".translate(b"x"), b"a", b"x", None, None)
    c.add("bytes.maketrans", lambda: bytes.maketrans(b"a", b"bc"), b"a", b"bc")
    c.add("bytes.center", lambda: b"a".center(5, b"xy"), b"a", 5, b"xy")
    return c


ENC_STRS = ["", "abc", "h\xe9llo", "\u20ac5", "\u0100\u0101", "😀", "a😀b", "\udc80", "a\udc80\udcff\ud800x",
            "\udc80\ud800", "\ud800", "caf\xe9 \u2014 \U0001f600\u20ac", "\x00\x7f\x80\xff",
            "\u0410\u0411", "\u0391\u03b2", "\u05d0\u0627", "\ufeff", "\\", "\t\n\r'\""]
ENCODINGS = ["utf-8", "UTF8", "utf_8", "U8", "ascii", "US-ASCII", "latin-1", "latin1", "L1",
             "iso-8859-1", "ISO_8859-1:1987", "cp1252", "windows-1252", "iso8859-15", "koi8_r",
             "mac-roman", "cp437", "cp037", "cp1251", "iso8859_7", "cp850", "utf-16",
             "UTF-16LE", "utf_16_be", "utf-32", "utf_32_le", "UTF-32BE", "utf-8-sig",
             "unicode_escape", "raw_unicode_escape", "bogus", "hex", "rot13", "base64",
             "  UTF--8  ", "utf.8", "tis-620", "cp1006", "palmos", "undefined", "charmap"]
ERRORS = ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace", "namereplace",
          "surrogateescape", "surrogatepass", "bogus"]
DEC_BYTES = [b"", b"abc", b"\xff", b"a\x80b", b"\xc3\xa9", b"\xc3", b"\xc3(", b"\xe2\x82",
             b"\xe2\x82\xac", b"\xe2(\xa1", b"\xe0\x80\x80", b"\xed\xa0\x80", b"\xed\xb2\x80x",
             b"\xf0\x9f\x98\x80", b"\xf0\x9f\x98", b"\xf0\x9f", b"\xf4\x90\x80\x80", b"\xf5",
             b"\xc0\xaf", b"\x80\x81\x82", b"\xef\xbb\xbfabc", b"\xff\xfea\x00", b"\xfe\xff\x00a",
             b"a\x00", b"\x00\xd8", b"\x00\xdc", b"\x00\xd8a\x00", b"a\x00b", b"\x00\xd8\x00\xdc",
             b"\xff\xfe\x00\x00a\x00\x00\x00", b"\x00\x00\x11\x00", b"\x00\xd8\x00\x00",
             b"a\x00\x00", b"\x81\x8d\x90", b"\\u00e9\\x41\\N{BULLET}", b"\\", b"\\x4g",
             b"\\N{NOPE}", b"\\U00110000", b"\\u12", b"\\777\\q", b"\xa4\xa6"]


def codec_cases():
    c = Cases("codec_cases.jsonl.gz")
    for e in ENCODINGS:
        for s in ENC_STRS:
            for err in ERRORS:
                c.add("encode", lambda: s.encode(e, err), s, e, err)
        for b in DEC_BYTES:
            for err in ERRORS:
                c.add("decode", lambda: b.decode(e, err), b, e, err)
    for e in ("gbk", "shift_jis", "euc_kr", "big5", "gb18030", "euc_jp", "cp932"):
        for s in ("abc", "\u4e2d\u6587", "\u65e5\u672c\u8a9e", "\ud55c\uad6d\uc5b4", "\u00e9"):
            c.add("encode", lambda: s.encode(e), s, e, "strict")
            try:
                data = s.encode(e)
            except UnicodeEncodeError:
                continue
            c.add("decode", lambda: data.decode(e), data, e, "strict")
    return c


def jdk_codec_error_cases():
    """Malformed input for the JDK-backed CJK codecs: reported, not asserted (approximate)."""
    c = Cases("jdk_codec_cases.jsonl.gz")
    for e in ("gbk", "shift_jis", "euc_kr", "big5", "gb18030", "euc_jp", "cp932"):
        for b in (b"\x82", b"a\x82 ", b"\xff\xff", b"\x81\x39", b"\xa4"):
            for err in ("strict", "replace", "ignore"):
                c.add("decode", lambda: b.decode(e, err), b, e, err)
        for s in ("a\U0001f600b", "\u20ac"):
            for err in ("strict", "replace", "xmlcharrefreplace"):
                c.add("encode", lambda: s.encode(e, err), s, e, err)
    return c


def name_cases():
    c = Cases("name_cases.jsonl.gz")
    for name in ("LATIN SMALL LETTER A", "latin small letter a", "LINE FEED", "BYTE ORDER MARK",
                 "NBSP", "CJK UNIFIED IDEOGRAPH-4E00", "cjk unified ideograph-4e00", "cjk unified ideograph-4E00", "hangul syllable GA",
                 "Hangul Syllable GAG", "CJK UNIFIED IDEOGRAPH-04E00", "CJK UNIFIED IDEOGRAPH-4E00X",
                 "CJK UNIFIED IDEOGRAPH-4DC0", "CJK UNIFIED IDEOGRAPH-9FFF", "HANGUL SYLLABLE GA",
                 "HANGUL SYLLABLE GAG", "hangul syllable hih", "HANGUL SYLLABLE", "HANGUL SYLLABLE Q",
                 "NO SUCH NAME", "", "GRINNING FACE", "TANGUT IDEOGRAPH-17000",
                 "TANGUT COMPONENT-001", "NUSHU CHARACTER-1B170", "KHITAN SMALL SCRIPT CHARACTER-18B00",
                 "CJK COMPATIBILITY IDEOGRAPH-F900", "LATIN CAPITAL LETTER A WITH MACRON AND GRAVE",
                 "SPACE", "ZERO WIDTH SPACE", "ZWSP", "END OF LINE", "VS1", "VARIATION SELECTOR-1",
                 "VARIATION SELECTOR-256", "HANGUL SYLLABLE YEOLB", "HANGUL SYLLABLE SSANG"):
        def look():
            ch = unicodedata.lookup(name)
            return ord(ch) if len(ch) == 1 else -1
        try:
            c.add("lookup", lambda: look(), name)
        except KeyError:
            pass
    return c


def main():
    os.makedirs(OUT, exist_ok=True)
    for make in (str_cases, bytes_cases, codec_cases, name_cases, jdk_codec_error_cases):
        make().write()


if __name__ == "__main__":
    main()
