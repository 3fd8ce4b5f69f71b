#!/usr/bin/env python3
"""Generates the codec tables of dev.weft.runtime.text from CPython 3.13's encodings package.

Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_text_codecs.py

Writes src/main/resources/dev/weft/runtime/text/codecs.bin.gz (gzip, big-endian):
  aliases: normalized alias -> codec module name (encodings.aliases plus each module's own name)
  codecs:  module name, canonical name (CodecInfo.name), kind (see CodecRegistry.java)
  charmap tables: for each single-byte charmap codec, its 256 decoded characters (0xFFFE for
    undefined bytes) and the encode entries that differ from inverting that table.
"""
import codecs
import encodings
import encodings.aliases
import gzip
import importlib
import os
import pkgutil
import struct
import sys

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

HERE = os.path.dirname(os.path.abspath(__file__))
MODULE = os.path.dirname(HERE)
OUT = os.path.join(MODULE, "src/main/resources/dev/weft/runtime/text/codecs.bin.gz")

# Codecs implemented in Java by hand (CodecRegistry.Kind.BUILTIN).
BUILTIN = {"utf_8", "utf_8_sig", "ascii", "latin_1", "utf_16", "utf_16_le", "utf_16_be",
           "utf_32", "utf_32_le", "utf_32_be", "unicode_escape", "raw_unicode_escape"}

# CJK multibyte codecs delegated to a JDK charset (approximate: the JDK's mapping tables and
# error positions can differ from CPython's).
JDK = {"big5": "Big5", "big5hkscs": "Big5-HKSCS", "cp932": "windows-31j",
       "cp949": "x-windows-949", "cp950": "x-windows-950", "euc_jp": "EUC-JP",
       "euc_kr": "EUC-KR", "gb18030": "GB18030", "gb2312": "GB2312", "gbk": "GBK",
       "iso2022_jp": "ISO-2022-JP", "iso2022_jp_2": "ISO-2022-JP-2", "iso2022_kr": "ISO-2022-KR",
       "johab": "x-Johab", "shift_jis": "Shift_JIS", "shift_jisx0213": "x-SJIS_0213",
       "shift_jis_2004": "x-SJIS_0213"}

KIND_BUILTIN, KIND_CHARMAP, KIND_JDK, KIND_NOT_TEXT, KIND_UNSUPPORTED = range(5)


def modules():
    names = []
    for info in pkgutil.iter_modules(encodings.__path__):
        name = info.name
        if name in ("aliases",):
            continue
        try:
            mod = importlib.import_module("encodings." + name)
        except ImportError:
            continue
        if not hasattr(mod, "getregentry"):
            continue
        try:
            entry = mod.getregentry()
        except Exception:
            continue  # mbcs, oem: Windows only
        names.append((name, mod, entry))
    return sorted(names, key=lambda t: t[0])


def charmap_tables(name, mod, entry):
    table = getattr(mod, "decoding_table", None)
    if table is None:
        dmap = getattr(mod, "decoding_map", None)
        if dmap is None:
            return None
        table = "".join(chr(dmap[b]) if dmap.get(b) is not None else "\ufffe" for b in range(256))
    assert len(table) == 256
    decoded = []
    for b in range(256):
        try:
            ch = bytes([b]).decode(name)
            assert len(ch) == 1 and ord(ch) <= 0xFFFF
            decoded.append(ord(ch))
        except UnicodeDecodeError:
            decoded.append(0xFFFE)
    # The Java side inverts the decode table, first byte wins; list the differences.
    inverse = {}
    for b, cp in enumerate(decoded):
        if cp != 0xFFFE and cp not in inverse:
            inverse[cp] = b
    actual = {}
    for cp in range(0x10000):
        if 0xD800 <= cp <= 0xDFFF:
            continue
        try:
            out = chr(cp).encode(name)
        except UnicodeEncodeError:
            continue
        assert len(out) == 1, (name, cp)
        actual[cp] = out[0]
    extra = []
    for cp in sorted(set(inverse) | set(actual)):
        want = actual.get(cp, -1)
        if inverse.get(cp, -1) != want:
            extra.append((cp, want))
    return decoded, extra


def main():
    codec_rows = []
    tables = []
    module_names = set()
    for name, mod, entry in modules():
        module_names.add(name)
        if name in BUILTIN:
            kind, extra = KIND_BUILTIN, ""
        elif name in JDK:
            kind, extra = KIND_JDK, JDK[name]
        elif not entry._is_text_encoding:
            kind, extra = KIND_NOT_TEXT, ""
        else:
            t = charmap_tables(name, mod, entry)
            if t is not None:
                kind, extra = KIND_CHARMAP, ""
                tables.append((name, t))
            else:
                kind, extra = KIND_UNSUPPORTED, ""
        codec_rows.append((name, entry.name, kind, extra))
    aliases = dict(encodings.aliases.aliases)
    aliases = {k: v for k, v in aliases.items() if v in module_names}

    out = bytearray(b"WCOD")

    def s(text):
        b = text.encode("ascii")
        return struct.pack(">H", len(b)) + b

    out += struct.pack(">I", len(codec_rows))
    for name, canonical, kind, extra in codec_rows:
        out += s(name) + s(canonical) + struct.pack(">B", kind) + s(extra)
    out += struct.pack(">I", len(aliases))
    for alias, target in sorted(aliases.items()):
        out += s(alias) + s(target)
    out += struct.pack(">I", len(tables))
    for name, (decoded, extra) in tables:
        out += s(name)
        out += struct.pack(">256H", *decoded)
        out += struct.pack(">I", len(extra))
        for cp, b in extra:
            out += struct.pack(">Hh", cp, b)
    data = gzip.compress(bytes(out), 9, mtime=0)
    with open(OUT, "wb") as fh:
        fh.write(data)
    kinds = [r[2] for r in codec_rows]
    print("codecs: %d modules (builtin %d, charmap %d, jdk %d, not-text %d, unsupported %s), "
          "%d aliases, %d bytes raw, %d gzipped"
          % (len(codec_rows), kinds.count(0), kinds.count(1), kinds.count(2), kinds.count(3),
             [r[0] for r in codec_rows if r[2] == KIND_UNSUPPORTED], len(aliases), len(out),
             len(data)))


if __name__ == "__main__":
    main()
