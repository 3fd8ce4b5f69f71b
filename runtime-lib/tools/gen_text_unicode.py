#!/usr/bin/env python3
"""Generates the Unicode tables of dev.weft.runtime.text from CPython 3.13 (Unicode 15.1).

Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_text_unicode.py

Writes (gzip-compressed, big-endian, read by UnicodeDatabase / UnicodeNames):
  src/main/resources/dev/weft/runtime/text/unicode_db.bin.gz
  src/main/resources/dev/weft/runtime/text/unicode_names.bin.gz
  src/test/resources/text/unicode_digests.txt   (per-property digests over all code points)

Every property is taken from CPython's behaviour (str predicates, str case mappings,
unicodedata), not from the UCD files, so the runtime matches what CPython 3.13 does.
"""
import gzip
import hashlib
import os
import struct
import sys
import unicodedata

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
assert unicodedata.unidata_version == "15.1.0"

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(HERE)
RES = os.path.join(MODULE, "src/main/resources/dev/weft/runtime/text")
TEST_RES = os.path.join(MODULE, "src/test/resources/text")

MAX = 0x110000

# Flag bits; must match UnicodeDatabase.java.
ALPHA = 1 << 0
DECIMAL = 1 << 1
DIGIT = 1 << 2
NUMERIC = 1 << 3
SPACE = 1 << 4
PRINTABLE = 1 << 5
XID_START = 1 << 6
XID_CONTINUE = 1 << 7
LOWER = 1 << 8
UPPER = 1 << 9
TITLE = 1 << 10
CASED = 1 << 11
CASE_IGNORABLE = 1 << 12
MIRRORED = 1 << 13
LINEBREAK = 1 << 14
LOWER_EXT = 1 << 16
UPPER_EXT = 1 << 17
TITLE_EXT = 1 << 18
FOLD_EXT = 1 << 19

CATEGORIES = ["Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Mc", "Me", "Nd", "Nl", "No",
              "Pc", "Pd", "Ps", "Pe", "Pi", "Pf", "Po", "Sm", "Sc", "Sk", "So",
              "Zs", "Zl", "Zp", "Cc", "Cf", "Cs", "Co"]
BIDI = ["", "L", "LRE", "LRO", "R", "AL", "RLE", "RLO", "PDF", "EN", "ES", "ET", "AN", "CS",
        "NSM", "BN", "B", "S", "WS", "ON", "LRI", "RLI", "FSI", "PDI"]
EAW = ["N", "A", "H", "W", "F", "Na"]

SIGMA = "\u03a3"


def flags_of(c):
    ch = chr(c)
    f = 0
    if ch.isalpha(): f |= ALPHA
    if ch.isdecimal(): f |= DECIMAL
    if ch.isdigit(): f |= DIGIT
    if ch.isnumeric(): f |= NUMERIC
    if ch.isspace(): f |= SPACE
    if ch.isprintable(): f |= PRINTABLE
    if ch.isidentifier(): f |= XID_START
    if ("a" + ch).isidentifier(): f |= XID_CONTINUE
    if ch.islower(): f |= LOWER
    if ch.isupper(): f |= UPPER
    if unicodedata.category(ch) == "Lt": f |= TITLE
    # Cased: title() lower-cases a letter that follows a cased character.
    cased = (ch + "A").title()[-1] == "a"
    if cased: f |= CASED
    # Case-ignorable, observed through the Final_Sigma context of lower().
    if cased:
        ignorable = ("A" + SIGMA + ch).lower()[1] == "\u03c2"
    else:
        ignorable = ("A" + ch + SIGMA).lower()[-1] == "\u03c2"
    if ignorable: f |= CASE_IGNORABLE
    if unicodedata.mirrored(ch): f |= MIRRORED
    if len(("a" + ch + "b").splitlines()) == 2: f |= LINEBREAK
    # Lowercase, Uppercase and Lt are disjoint in Unicode 15.1; the per-character
    # predicates above only give the raw properties when that holds.
    assert bool(cased) == bool(f & (LOWER | UPPER | TITLE)), hex(c)
    return f


def mappings_of(c):
    ch = chr(c)
    lower = ch.lower() if c != 0x3A3 else "\u03c3"
    return [lower, ch.upper(), ch.title(), ch.casefold()]


def numeric_key(v):
    return struct.pack(">d", v)


def build():
    records = {}
    record_list = []
    special = []          # flat int list: len, cp...
    special_index = {}
    numerics = []
    numeric_index = {}
    cp_record = [0] * MAX
    for c in range(MAX):
        ch = chr(c)
        f = flags_of(c)
        cat = CATEGORIES.index(unicodedata.category(ch))
        bidi = BIDI.index(unicodedata.bidirectional(ch))
        eaw = EAW.index(unicodedata.east_asian_width(ch))
        dec = unicodedata.decimal(ch, -1)
        dig = unicodedata.digit(ch, -1)
        num = unicodedata.numeric(ch, None)
        if num is None:
            nidx = -1
        else:
            k = numeric_key(num)
            if k not in numeric_index:
                numeric_index[k] = len(numerics)
                numerics.append(num)
            nidx = numeric_index[k]
        maps = []
        for i, m in enumerate(mappings_of(c)):
            if len(m) == 1:
                maps.append(ord(m) - c)
            else:
                f |= (LOWER_EXT, UPPER_EXT, TITLE_EXT, FOLD_EXT)[i]
                key = tuple(ord(x) for x in m)
                if key not in special_index:
                    special_index[key] = len(special)
                    special.append(len(key))
                    special.extend(key)
                maps.append(special_index[key])
        rec = (cat, bidi, eaw, f, dec, dig, nidx, *maps)
        r = records.get(rec)
        if r is None:
            r = records[rec] = len(record_list)
            record_list.append(rec)
        cp_record[c] = r
    return record_list, special, numerics, cp_record


def two_level(values, shift):
    size = 1 << shift
    blocks = {}
    index1 = []
    index2 = []
    for start in range(0, MAX, size):
        block = tuple(values[start:start + size])
        b = blocks.get(block)
        if b is None:
            b = blocks[block] = len(index2) // size
            index2.extend(block)
        index1.append(b)
    return index1, index2


def write_db(record_list, special, numerics, cp_record):
    best = None
    for shift in range(4, 10):
        i1, i2 = two_level(cp_record, shift)
        size = 2 * len(i1) + 2 * len(i2)
        if best is None or size < best[0]:
            best = (size, shift, i1, i2)
    _, shift, index1, index2 = best
    assert max(index1) < 65536 and len(record_list) < 65536
    out = bytearray()
    out += b"WUCD"
    out += struct.pack(">H", 1)
    ver = unicodedata.unidata_version.encode()
    out += struct.pack(">H", len(ver)) + ver
    for names in (CATEGORIES, BIDI, EAW):
        out += struct.pack(">H", len(names))
        for n in names:
            out += struct.pack(">H", len(n)) + n.encode()
    out += struct.pack(">I", len(record_list))
    for rec in record_list:
        cat, bidi, eaw, f, dec, dig, nidx, lo, up, ti, fo = rec
        out += struct.pack(">BBBIbbhiiii", cat, bidi, eaw, f, dec, dig, nidx, lo, up, ti, fo)
    out += struct.pack(">I", len(special))
    out += struct.pack(">%di" % len(special), *special)
    out += struct.pack(">I", len(numerics))
    out += struct.pack(">%dd" % len(numerics), *numerics)
    out += struct.pack(">BI", shift, len(index1))
    out += struct.pack(">%dH" % len(index1), *index1)
    out += struct.pack(">I", len(index2))
    out += struct.pack(">%dH" % len(index2), *index2)
    data = gzip.compress(bytes(out), 9, mtime=0)
    with open(os.path.join(RES, "unicode_db.bin.gz"), "wb") as fh:
        fh.write(data)
    print("unicode_db: %d records, %d special ints, %d numerics, shift %d, index %d+%d, "
          "%d bytes raw, %d gzipped" % (len(record_list), len(special), len(numerics), shift,
                                         len(index1), len(index2), len(out), len(data)))


PERL_NAMES = "/usr/share/perl/5.36.0/unicore/Name.pl"


def name_aliases():
    """Name aliases (NameAliases.txt) that unicodedata.lookup accepts, e.g. LINE FEED, BOM.

    unicodedata cannot list them, so candidates come from Perl's copy of the names list and
    each is kept only if CPython 3.13 resolves it to one code point under another name."""
    if not os.path.exists(PERL_NAMES):
        print("warning: %s missing, no name aliases" % PERL_NAMES)
        return []
    lines = open(PERL_NAMES, encoding="utf-8").read().split("\n")
    found = {}
    for i in range(len(lines) - 1):
        code, name = lines[i].strip(), lines[i + 1].strip()
        if not code or " " in code or not all(x in "0123456789ABCDEF" for x in code):
            continue
        if not name or name.startswith("#"):
            continue
        try:
            ch = unicodedata.lookup(name)
        except KeyError:
            continue
        if len(ch) != 1 or unicodedata.name(ch, None) == name:
            continue
        found[name] = ord(ch)
    return sorted(found.items(), key=lambda t: (t[1], t[0]))


def write_names():
    """Names: algorithmic ranges (PREFIX-XXXX) as ranges, the rest as text lines."""
    ranges = []       # (prefix, first, last)
    explicit = []     # (cp, name)
    for c in range(MAX):
        name = unicodedata.name(chr(c), None)
        if name is None:
            continue
        if 0xAC00 <= c <= 0xD7A3:
            continue  # Hangul syllables are composed algorithmically at run time
        suffix = "-%04X" % c
        if name.endswith(suffix):
            prefix = name[:-len(suffix) + 1]
            if ranges and ranges[-1][0] == prefix and ranges[-1][2] == c - 1:
                ranges[-1][2] = c
            else:
                ranges.append([prefix, c, c])
        else:
            explicit.append((c, name))
    text = []
    text.append("%d" % len(ranges))
    for prefix, first, last in ranges:
        text.append("%s;%X;%X" % (prefix, first, last))
    text.append("%d" % len(explicit))
    prev = 0
    for c, name in explicit:
        text.append("%X;%s" % (c - prev, name))
        prev = c
    aliases = name_aliases()
    text.append("%d" % len(aliases))
    for name, c in aliases:
        text.append("%s;%X" % (name, c))
    raw = ("\n".join(text) + "\n").encode("ascii")
    data = gzip.compress(raw, 9, mtime=0)
    with open(os.path.join(RES, "unicode_names.bin.gz"), "wb") as fh:
        fh.write(data)
    print("unicode_names: %d ranges, %d names, %d aliases, %d bytes raw, %d gzipped"
          % (len(ranges), len(explicit), len(aliases), len(raw), len(data)))


def numeric_bits(ch):
    v = unicodedata.numeric(ch, None)
    return "-" if v is None else struct.pack(">d", v).hex()


def digests():
    """One SHA-256 per property over all code points, computed from CPython's behaviour.

    The Java test serialises its tables the same way; see UnicodeDatabaseDigestTest."""
    props = {
        "category": lambda ch: unicodedata.category(ch),
        "bidirectional": lambda ch: unicodedata.bidirectional(ch),
        "east_asian_width": lambda ch: unicodedata.east_asian_width(ch),
        "mirrored": lambda ch: str(unicodedata.mirrored(ch)),
        "isalpha": lambda ch: str(int(ch.isalpha())),
        "isdecimal": lambda ch: str(int(ch.isdecimal())),
        "isdigit": lambda ch: str(int(ch.isdigit())),
        "isnumeric": lambda ch: str(int(ch.isnumeric())),
        "isalnum": lambda ch: str(int(ch.isalnum())),
        "isspace": lambda ch: str(int(ch.isspace())),
        "isprintable": lambda ch: str(int(ch.isprintable())),
        "islower": lambda ch: str(int(ch.islower())),
        "isupper": lambda ch: str(int(ch.isupper())),
        "istitle": lambda ch: str(int(ch.istitle())),
        "isidentifier_start": lambda ch: str(int(ch.isidentifier())),
        "isidentifier_continue": lambda ch: str(int(("a" + ch).isidentifier())),
        "decimal": lambda ch: str(unicodedata.decimal(ch, -1)),
        "digit": lambda ch: str(unicodedata.digit(ch, -1)),
        "numeric": lambda ch: numeric_bits(ch),
        "lower": lambda ch: " ".join("%X" % ord(x) for x in ch.lower()),
        "upper": lambda ch: " ".join("%X" % ord(x) for x in ch.upper()),
        "title": lambda ch: " ".join("%X" % ord(x) for x in ch.title()),
        "casefold": lambda ch: " ".join("%X" % ord(x) for x in ch.casefold()),
        "swapcase": lambda ch: " ".join("%X" % ord(x) for x in ch.swapcase()),
        "capitalize": lambda ch: " ".join("%X" % ord(x) for x in ch.capitalize()),
        "name": lambda ch: unicodedata.name(ch, "-"),
    }
    lines = ["# SHA-256 per property: lines '%X:value' for every code point 0..10FFFF, UTF-8, '\\n'-terminated",
             "# generated by runtime-lib/tools/gen_text_unicode.py from CPython %s (Unicode %s)"
             % (sys.version.split()[0], unicodedata.unidata_version)]
    for name, fn in props.items():
        h = hashlib.sha256()
        for c in range(MAX):
            h.update(("%X:%s\n" % (c, fn(chr(c)))).encode("utf-8"))
        lines.append("%s %s" % (name, h.hexdigest()))
    with open(os.path.join(TEST_RES, "unicode_digests.txt"), "w") as fh:
        fh.write("\n".join(lines) + "\n")


def main():
    os.makedirs(RES, exist_ok=True)
    os.makedirs(TEST_RES, exist_ok=True)
    write_db(*build())
    write_names()
    digests()


if __name__ == "__main__":
    main()
