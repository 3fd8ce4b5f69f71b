"""Generates the unicodedata tables with CPython 3.13 (Unicode 15.1).

Writes
  src/main/resources/dev/weft/runtime/text/unicode_norm.txt.gz
      one line per code point with a combining class or a decomposition:
      ``HEX;ccc;decomposition;flags`` (flags: X = canonical composite excluded from composition),
      then ``R;START;END`` ranges of the code points assigned in Unicode 3.2 (for ucd_3_2_0)
  src/test/resources/unicodedata/golden.txt.gz
      every code point's properties as CPython's unicodedata reports them, run-length coded:
      ``START;END;category;bidirectional;combining;east_asian_width;mirrored;decimal;digit;numeric``
      (decomposition and normal forms are listed per code point where not trivial), and the
      normal forms of sample sequences.

Run: PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_unicodedata.py
"""
import gzip
import os
import sys
import unicodedata as ud

HERE = os.path.dirname(os.path.abspath(__file__))
MAIN = os.path.join(HERE, "..", "src", "main", "resources", "dev", "weft", "runtime", "text", "unicode_norm.txt.gz")
TEST = os.path.join(HERE, "..", "src", "test", "resources", "unicodedata", "golden.txt.gz")


def write_gz(path, lines):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    data = ("\n".join(lines) + "\n").encode("utf-8")
    with open(path, "wb") as f:
        # mtime 0: the same input gives the same bytes
        with gzip.GzipFile(fileobj=f, mode="wb", mtime=0) as g:
            g.write(data)


def hexs(s):
    return " ".join("%04X" % ord(c) for c in s)


def main():
    assert sys.version_info[:2] == (3, 13) and ud.unidata_version == "15.1.0"
    table = []
    for cp in range(0x110000):
        c = chr(cp)
        ccc = ud.combining(c)
        dec = ud.decomposition(c)
        if not ccc and not dec:
            continue
        flags = ""
        if dec and not dec.startswith("<") and ud.normalize("NFC", c) != c:
            flags = "X"
        table.append("%04X;%d;%s;%s" % (cp, ccc, dec, flags))
    start = None
    old = ud.ucd_3_2_0
    for cp in range(0x110001):
        assigned = cp < 0x110000 and old.category(chr(cp)) != "Cn"
        if assigned and start is None:
            start = cp
        elif not assigned and start is not None:
            table.append("R;%04X;%04X" % (start, cp - 1))
            start = None
    write_gz(MAIN, table)

    golden = []
    prev = None
    run_start = 0
    for cp in range(0x110001):
        if cp < 0x110000:
            c = chr(cp)
            props = (ud.category(c), ud.bidirectional(c), str(ud.combining(c)), ud.east_asian_width(c),
                     str(ud.mirrored(c)), str(ud.decimal(c, -1)), str(ud.digit(c, -1)), repr(ud.numeric(c, -1.0)))
        else:
            props = None
        if props != prev:
            if prev is not None:
                golden.append("P;%04X;%04X;%s" % (run_start, cp - 1, ";".join(prev)))
            prev = props
            run_start = cp
    for cp in range(0x110000):
        c = chr(cp)
        dec = ud.decomposition(c)
        forms = [ud.normalize(f, c) for f in ("NFC", "NFD", "NFKC", "NFKD")]
        if dec or any(f != c for f in forms):
            golden.append("D;%04X;%s;%s" % (cp, dec, ";".join(hexs(f) for f in forms)))
    samples = ["e\u0301", "\u0065\u0327\u0301", "\u1e0b\u0323", "\u0071\u0307\u0323", "\u1100\u1161\u11a8",
               "\uac00\u11a8", "A\u030a\u0301", "\u00c5\u0316", "\u0041\u0301\u0300\u0327", "\ufb01\u0301",
               "\u2126\u0301", "\u0fb2\u0f80\u0f71", "\u0592\u05b7\u05bc\u05a5\u05b0", "a\u0308\u0304\u0301b",
               "\u1161\u1100", "\u0915\u093c", "\U0001d15e\U0001d165", "\u3070\u309a", "\u1e9b\u0323",
               "\u212b\u0301 \u2160 \u00bd"]
    for s in samples:
        forms = [ud.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")]
        golden.append("S;%s;%s" % (hexs(s), ";".join(hexs(f) for f in forms)))
    write_gz(TEST, golden)
    print("norm table", len(table), "golden", len(golden))


if __name__ == "__main__":
    main()
