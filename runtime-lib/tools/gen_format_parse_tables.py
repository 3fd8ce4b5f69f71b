#!/usr/bin/env python3
"""Generates float(str), int(str, base), float.hex and float.fromhex tables for
dev.weft.runtime.format tests.  Run with CPython 3.13:
    PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_format_parse_tables.py
"""
import random
import struct
import sys

from format_tables_io import outcome, write_table

assert sys.version_info[:2] == (3, 13), 'generate with CPython 3.13'

rng = random.Random(1311)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


FLOAT_STRINGS = ['0', '1', '-1', '+1.5', '  2.5  ', '\t3\n', '1_000.5', '1_0.5', '1_.5', '1._5', '1e1_0', '1__0',
                 '_1', '1_', '1e_1', '1e1_', '.5', '5.', '.', '1.e5', '.e5', '1e', '1e+', '1E-5', '-.5e-3',
                 'inf', '-inf', '+inf', 'INF', 'Infinity', '-iNfInItY', 'infinit', 'infinityy', 'nan', '-nan',
                 '+NaN', 'nan ', ' nan', 'nana', '', ' ', '1\x00', '\u00e9', '0x10', '1d', '1f', '1.5L',
                 '\u0661\u0662.5', ' \u0661\u0662.5\u2003', '\u00a01\u00a0', '1e99999999999999999999',
                 '-1e99999999999999999999', '1e-99999999999999999999', '0.' + '0' * 400 + '1', '9' * 400,
                 '2.4703282292062327e-324', '2.4703282292062328e-324', '4.9406564584124654e-324',
                 '1.7976931348623158e308', '1.7976931348623159e308', '179769313486231580793728971405301e276',
                 '0.1', '0.30000000000000004', '123456789012345678901234567890', '1 2', '1e5.5', '--1', '+-1',
                 "x'", 'x' * 300, '1\u2028', '\x1c1', '1_2_3.4_5e1_2', '0_0', '00.5', '1_e5', '1e5_', '١_٢']


def gen_float_parse():
    rows = []
    strings = list(FLOAT_STRINGS)
    for _ in range(1500):
        x = from_bits(rng.getrandbits(64))
        strings.append(repr(x))
        strings.append('%.*e' % (rng.randint(0, 25), x))
    for _ in range(300):  # long decimal strings near halfway points
        d = ''.join(rng.choice('0123456789') for _ in range(rng.randint(15, 40)))
        strings.append('%s.%se%d' % (d[0], d[1:], rng.randint(-330, 310)))
    for s in strings:
        rows.append((s, outcome(lambda: bits(float(s)))))
    write_table('float_parse.tsv', 'string | float(string) bits (nan: any sign)', rows)


INT_STRINGS = [('0', 10), ('-0', 10), ('12', 10), (' -12 ', 10), ('+7', 10), ('1_000', 10), ('1__0', 10), ('_1', 10),
               ('1_', 10), ('010', 0), ('0_0', 0), ('00', 0), ('0', 0), ('0x_1f', 0), ('0x_1f', 16), ('0X1F', 0),
               ('0x1f', 10), ('0b102', 2), ('0b101', 0), (' -0o17 ', 0), ('0o8', 0), ('0O17', 8), ('0b1', 16),
               ('z', 36), ('Z', 36), ('12', 37), ('12', 1), ('12', -1), ('\u0661\u0662', 10), ('x' * 300, 10),
               ('', 10), ('  ', 10), ('+', 10), ('-', 0), ('0x', 16), ('0x', 0), ('0b', 0), ('0b_', 0), ('1 2', 10),
               ('\u096f', 10), ('1\u00a0', 10), ('1e5', 10), (' 12 ', 8), ('9', 8), ('ff', 16), ('-FF_ff', 16),
               ('0_7', 8), ('0o_7', 8), ('0_b1', 0), ('1_' + '0' * 4300, 10), ('1' * 4301, 10), ('1' * 4300, 10),
               ('f' * 5000, 16), ('1' * 5000, 2), ('7' * 5000, 8), ('9' * 4301, 36), ('\x1c1', 10), ('1\x00', 10),
               ('99999999999999999999999999', 10), ('-9223372036854775808', 10), ('9223372036854775808', 10),
               ('0' * 20 + '1', 10), ('0' * 20 + '1', 0), ('\u00e9', 10), ('1\u2003', 10), ('\uff11\uff12', 10)]


def gen_int_parse():
    rows = []
    cases = list(INT_STRINGS)
    for _ in range(300):
        base = rng.choice([2, 3, 7, 8, 10, 16, 36])
        v = rng.randint(-10 ** 30, 10 ** 30)
        digits = '0123456789abcdefghijklmnopqrstuvwxyz'
        a, s = abs(v), ''
        while True:
            s = digits[a % base] + s
            a //= base
            if a == 0:
                break
        cases.append((('-' if v < 0 else '') + s, base))
    for s, base in cases:
        rows.append((s, base, outcome(lambda: hex(int(s, base)))))
    write_table('int_parse.tsv', 'string | base | hex(int(string, base))', rows)


HEX_STRINGS = ['0x1.8p1', ' -0X1P-1074 ', '0x1p-1075', '0x1.0000000000001p-1075', '0x1p1024',
               '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', 'inf', '-nan', 'Infinity', '1.', '.', '0x.p1',
               '0x1p', 'ff', '0x0p999999999999999999999', '0x1p-999999999999999999999', '0x1p999999999999999999999',
               '1_0', '0x1.8', '0x.8', '-0x0p0', 'x1', '0x', '0x1p+', '0x1p-0', ' 1 ', '0x1.00000000000008p0',
               '0x1.00000000000018p0', '0x1.00000000000008000001p0', '0x3.fffffffffffffp-1024', '0x1p-1074',
               '0x0.0000000000001p-1022', '0x1.0000000000000p-1022', '0xABCDEF.123456789p-12', '\u00e9', '1p1\u00a0']


def gen_hex():
    rows = []
    vals = [0.0, -0.0, 1.5, 5e-324, float('inf'), float('-inf'), float('nan'), 0.1, 2.2250738585072014e-308,
            1e308, -1.0]
    vals += [from_bits(rng.getrandbits(64)) for _ in range(400)]
    vals += [from_bits(rng.getrandbits(52)) for _ in range(100)]
    for v in vals:
        rows.append((bits(v), v.hex()))
    write_table('float_hex.tsv', 'float bits | x.hex()', rows)
    rows = []
    strings = list(HEX_STRINGS)
    for _ in range(400):
        h = ''.join(rng.choice('0123456789abcdef') for _ in range(rng.randint(1, 30)))
        dot = rng.randint(0, len(h))
        strings.append('0x%s.%sp%d' % (h[:dot], h[dot:], rng.randint(-1200, 1100)))
    for s in strings:
        rows.append((s, outcome(lambda: bits(float.fromhex(s)))))
    write_table('float_fromhex.tsv', 'string | float.fromhex(string) bits', rows)


if __name__ == '__main__':
    gen_float_parse()
    gen_int_parse()
    gen_hex()
