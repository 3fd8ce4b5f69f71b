"""Generates the golden files of the AST dumper's tests from CPython 3.13 itself.

Run with CPython 3.13 from the repository root:
    PYENV_VERSION=3.13.0 python3 frontend/tools/gen_dump_goldens.py
Writes into frontend/src/test/resources/dev/weft/frontend/dump/:
  float-repr.txt   BITS<TAB>repr(float)<TAB>repr(complex(0, float))   (BITS: IEEE 754 bits in hex)
  str-repr.txt     CODEPOINTS<TAB>repr(str)     (CODEPOINTS: hex code points separated by commas)
  bytes-repr.txt   HEX<TAB>repr(bytes)
  trees.jsonl      one JSON object per line: {"name", "tree", "dump", "dump_attrs"}; `tree` encodes
                   a tree node by node (see encode()), the test rebuilds it as Java nodes and dumps it.
Inputs are random but seeded, so the files only change when this script does.
"""
import ast
import json
import math
import os
import random
import struct
import sys
import warnings

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"

OUT = os.path.join(os.path.dirname(__file__), "..", "src", "test", "resources", "dev", "weft", "frontend", "dump")


def bits(x):
    return "%016x" % struct.unpack(">Q", struct.pack(">d", x))[0]


def from_bits(b):
    return struct.unpack(">d", struct.pack(">Q", b))[0]


def floats(rng):
    special = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, sys.float_info.max,
               sys.float_info.min, 2.0 ** -1022 - 5e-324, 1e16, 1e15, 9999999999999998.0, 1e17,
               1e-4, 1e-5, 0.0001, 0.00012345, 0.1, 0.2, 0.3, 0.1 + 0.2, 1 / 3, 2 / 3, 1.5, 2.0,
               123456789012345680.0, 1e22, 1e23, 2.0 ** 53, 2.0 ** 53 + 2, 2.0 ** 63, 2.0 ** 64,
               1.7976931348623157e308, 2.2250738585072014e-308, 4.9406564584124654e-324,
               9007199254740993.0, 0.5, 100.0, 1e100, 1e-100, 3.141592653589793, 2.718281828459045,
               1234567890123456.7, 12345678901234567.0, 0.000123, 1e-7, 5e-5, 9.999999999999999e15]
    out = list(special)
    out += [2.0 ** e for e in range(-1074, 1024)]
    out += [float("1e%d" % e) for e in range(-323, 309)]
    for x in list(out[len(special):]):
        if math.isfinite(x) and x > 0:
            out.append(math.nextafter(x, math.inf))
            out.append(math.nextafter(x, 0.0))
    for _ in range(3000):
        x = from_bits(rng.getrandbits(64))
        if not math.isnan(x):
            out.append(x)
    for _ in range(1500):
        digits = str(rng.randrange(1, 10 ** rng.randrange(1, 18)))
        out.append(float("%se%d" % (digits, rng.randrange(-330, 310))))
    for _ in range(500):  # small integral values and halves around the positional/exponent switch
        out.append(rng.randrange(0, 10 ** 17) / rng.choice([1, 2, 4, 10, 1000]))
    seen, unique = set(), []
    for x in out:
        if bits(x) not in seen:
            seen.add(bits(x))
            unique.append(x)
    return unique


NEW_IN_UNICODE_15 = [0x1E030, 0x1E08F, 0x31350, 0x323AF, 0x11F00, 0x1F6DC, 0x2FFC, 0x2FFF, 0x31EF,
                     0x2EBF0, 0x2EE5D, 0x2EE5E, 0x1FAF9]


def random_code_point(rng):
    kind = rng.randrange(8)
    if kind == 0:
        return rng.randrange(0, 0x80)
    if kind == 1:
        return rng.randrange(0x80, 0x100)
    if kind == 2:
        return rng.randrange(0xD800, 0xE000)  # lone surrogates
    if kind == 3:
        return rng.randrange(0x100, 0x3000)
    if kind == 4:
        return rng.randrange(0x3000, 0x10000)
    if kind == 5:
        return rng.choice(NEW_IN_UNICODE_15)
    if kind == 6:
        return rng.randrange(0x10000, 0x40000)
    return rng.randrange(0x40000, 0x110000)


def strings(rng):
    fixed = ["", "'", '"', "'\"", "a'b", 'a"b', "it's \"q\"", "\\", "\\'", "\t\n\r", "\x00\x1f\x7f",
             "\x80\x9f\xa0\xad\xff", "\u2028\u2029", "\u200b\u200e\ufeff", "\ud800", "\udfff",
             "\ud83d\ude00", "\U0001F600", "\U000E0001", "\U0010FFFF", "\uE000", "\uFFFE",
             "é", "日本語", " ", "\u3000", "\xa0", "\u0378", "\U000F0000", "\x0b\x0c",
             "line\nbreak", "\\n", "\u00e9\u0301"]
    fixed += [chr(cp) for cp in NEW_IN_UNICODE_15]
    out = fixed
    for _ in range(4000):
        out.append("".join(chr(random_code_point(rng)) for _ in range(rng.randrange(1, 9))))
    return out


def byte_strings(rng):
    out = [b"", b"'", b'"', b"'\"", b"\\", b"\t\n\r", bytes(range(256))]
    for _ in range(600):
        out.append(bytes(rng.randrange(256) for _ in range(rng.randrange(1, 12))))
    return out


# Source snippets covering every node type and field shape of the 3.13 grammar.
SNIPPETS = {
    "literals": "1\n0x_ff\n10**100\n1.5\n1e300\n.5e-10\n2j\n1.5J\n1e100j\n'a'\nu'b'\nb'c\\x00'\nr'\\d'\n"
                "True\nFalse\nNone\n...\n'implicit' 'concat'\nb'x' b'y'\n'''tri\nple'''\n'\\u00e9\\N{BULLET}'\n",
    "operators": "a + b - c * d @ e / f // g % h ** i << j >> k | l ^ m & n\n-a\n+b\n~c\nnot d\n"
                 "a and b or c and not d\na < b <= c > d >= e == f != g is h is not i in j not in k\n",
    "assignments": "x = 1\nx = y = z\nx, y = y, x\n[a, *b] = c\nx += 1\nx.y -= 2\nx[0] *= 3\n"
                   "x: int\nx: int = 5\n(x): int = 1\nx.y: str\nx[0]: 'a' = 0\ndel x, y[0], z.w\n",
    "calls": "f()\nf(a, *b, c=d, **e)\nf(x for x in y)\nobj.meth(1)[2:3, ::4]\na[1:2]\na[::]\na[b, *c]\n",
    "comprehensions": "[x for x in y if x if not x]\n{x for x in y}\n{k: v for k, v in d.items()}\n"
                      "(x async for x in y)\n[x for x in y for z in x]\n{**a, 'b': 1}\n{1, 2}\n(1,)\n()\n[]\n{}\n",
    "functions": "def f(a, /, b, c=1, *d, e, f=2, **g) -> int:\n    'doc'\n    return\n"
                 "@dec\n@dec2(1)\nasync def g[T, *Ts, **P](x: T = 1) -> None:\n    await x\n    yield\n    yield x\n    yield from x\n"
                 "lambda: 0\nlambda x, *y, z=1, **w: x\ndef h(*, a): pass\ndef k[T: int = str](): ...\n",
    "classes": "class A: pass\nclass B(A, metaclass=M, **kw):\n    x = 1\n@d\nclass C[T: (int, str)](Generic[T]):\n    def m(self): pass\n",
    "control": "if a:\n    pass\nelif b:\n    pass\nelse:\n    pass\nwhile x:\n    break\nelse:\n    continue\n"
               "for i in r:\n    pass\nelse:\n    pass\nasync def f():\n    async for i in r: pass\n    async with a as b, c: pass\n"
               "with a as (b, c), d: pass\nwith (open(x) as f, open(y) as g):\n    pass\n",
    "exceptions": "try:\n    pass\nexcept E as e:\n    raise X from e\nexcept (A, B):\n    raise\nexcept:\n    pass\nelse:\n    pass\n"
                  "finally:\n    pass\ntry:\n    pass\nexcept* E:\n    pass\nassert x, 'msg'\nassert y\n",
    "imports": "import a.b.c as d, e\nfrom . import x\nfrom ..m import (y as z, w)\nfrom m import *\n"
               "global g\nnonlocal n\ntype X = int\ntype Y[T] = list[T]\n",
    "fstrings": "f'a{b}c'\nf'{x!r:>{w}}'\nf'{x=}'\nf'{x = !s:10}'\nf'{{}}'\nf'''{\n1}'''\nf'{a}' 'b' f'{c:d}'\n"
                "rf'\\{x}'\nf'{f\"{y}\"}'\n",
    "match": "match x:\n    case 1 | 2: pass\n    case None: pass\n    case True: pass\n    case [a, *rest]: pass\n"
             "    case {'k': v, **kw}: pass\n    case Point(x=0, y=_) as p if p: pass\n    case -1j: pass\n"
             "    case 1 + 2j: pass\n    case a.b: pass\n    case (x, y, *_): pass\n    case _: pass\n",
    "walrus_star": "if (n := len(a)) > 10: pass\nprint(*a, sep='')\nx = *a, *b\na if b else c\n",
    "unicode_positions": "s = 'héllo' + '日本'\nnamé = 1\n𝔘 = 2\nx = '😀' ; y = 3\n",
}


def handmade_trees():
    """Trees no parse yields, for the dumper's corner cases."""
    loc = dict(lineno=1, col_offset=0, end_lineno=1, end_col_offset=1)
    const = lambda v, **kw: ast.Constant(value=v, **loc, **kw)
    return {
        "constant_kinds": ast.Module(body=[
            ast.Expr(value=const(v), **loc) for v in
            [None, True, False, ..., -0.0, 1e16, 1e-5, float("inf"), float("nan"), -7, 2 ** 70,
             complex(0, 2.5), complex(0, float("inf")), "it's", b"\x00'\"", "\ud800", "\U0001F600"]
        ] + [ast.Expr(value=const("u", kind="u"), **loc)], type_ignores=[]),
        "match_singleton_none": ast.Module(body=[ast.Match(subject=ast.Name(id="x", ctx=ast.Load(), **loc),
            cases=[ast.match_case(pattern=ast.MatchSingleton(value=None, **loc), body=[ast.Pass(**loc)])], **loc)],
            type_ignores=[]),
        "type_ignores": ast.Module(body=[], type_ignores=[ast.TypeIgnore(lineno=3, tag="[x]")]),
        "import_level_zero": ast.Module(body=[ast.ImportFrom(module="m", names=[ast.alias(name="a", **loc)],
                                                             level=0, **loc)], type_ignores=[]),
        "expression_mode": ast.Expression(body=const(1)),
    }


def encode(value):
    """JSON for a tree: nodes as {"_": name, field: ..., attribute: ...}; constants tagged with "$"."""
    if isinstance(value, ast.AST):
        out = {"_": type(value).__name__}
        for name in value._fields + value._attributes:
            if hasattr(value, name):
                out[name] = encode_field(getattr(value, name), isinstance(value, (ast.Constant, ast.MatchSingleton))
                                         and name == "value")
        return out
    if isinstance(value, list):
        return [encode(v) for v in value]
    return value


def encode_field(value, is_constant):
    if not is_constant:
        return encode(value)
    if value is None:
        return {"$": "None"}
    if value is ...:
        return {"$": "Ellipsis"}
    if isinstance(value, bool):
        return {"$": "bool", "v": value}
    if isinstance(value, int):
        return {"$": "int", "v": str(value)}
    if isinstance(value, float):
        return {"$": "float", "v": bits(value)}
    if isinstance(value, complex):
        return {"$": "complex", "v": bits(value.imag)}
    if isinstance(value, str):
        return {"$": "str", "v": value}
    if isinstance(value, bytes):
        return {"$": "bytes", "v": value.hex()}
    raise TypeError(type(value))


def write_lines(name, lines):
    with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as f:
        for line in lines:
            f.write(line + "\n")


def main():
    rng = random.Random(3130)
    write_lines("float-repr.txt", ["%s\t%r\t%r" % (bits(x), x, complex(0.0, x)) for x in floats(rng)])
    write_lines("str-repr.txt", [",".join("%x" % ord(c) for c in s) + "\t" + repr(s) for s in strings(rng)])
    write_lines("bytes-repr.txt", ["%s\t%r" % (b.hex(), b) for b in byte_strings(rng)])
    trees = {}
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for name, source in SNIPPETS.items():
            trees[name] = ast.parse(source)
    trees.update(handmade_trees())
    lines = []
    for name, tree in trees.items():
        record = {"name": name, "tree": encode(tree), "dump": ast.dump(tree),
                  "dump_attrs": ast.dump(tree, include_attributes=True)}
        lines.append(json.dumps(record, ensure_ascii=True))
    write_lines("trees.jsonl", lines)


if __name__ == "__main__":
    main()
