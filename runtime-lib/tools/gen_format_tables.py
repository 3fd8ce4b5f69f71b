#!/usr/bin/env python3
"""Generates the float/int/complex/str formatting tables for dev.weft.runtime.format tests.

Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_format_tables.py
Deterministic (fixed seed), so re-running gives identical files.
"""
import math
import random
import struct
import sys

from format_tables_io import outcome, write_table

assert sys.version_info[:2] == (3, 13), 'generate with CPython 3.13'

rng = random.Random(20261122)


def bits(x):
    return '%016x' % struct.unpack('<Q', struct.pack('<d', x))[0]


def from_bits(b):
    return struct.unpack('<d', struct.pack('<Q', b))[0]


def interesting_floats():
    vals = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, 1e-323, 2.2250738585072014e-308,
            2.225073858507201e-308, 1.7976931348623157e+308, -1.7976931348623157e+308, 0.1, 0.2, 0.3, 1.5,
            100.0, 1e16, 1e-05, 1e-4, 1e-5 * 3, 123456789.0, 9007199254740992.0, 9007199254740993.0,
            2 ** 53 - 1.0, 1e22, 1e23, 2e23, 5e-310, 4.9406564584124654e-324, 0.5, 2.5, -2.5, 0.125, 1 / 3]
    for e in range(-1074, 1024, 7):
        vals.append(math.ldexp(1.0, e))
    for e in range(-325, 309, 3):
        vals.append(float('1e%d' % e))
    for e in range(-20, 23):
        vals.append(float('1e%d' % e) * 1.5)
    # halfway-looking decimals (x.5 at various digit positions)
    for k in range(1, 18):
        vals.append(float('0.' + '1' * k + '5'))
        vals.append(float('2.' + '0' * k + '5'))
    for i in range(0, 64):
        vals.append(math.ldexp(1.0, 52) + i)
        vals.append(float(i) + 0.5)
        vals.append(i / 8)
    return vals


def random_floats(n):
    out = []
    for _ in range(n):
        out.append(from_bits(rng.getrandbits(64)))
    for _ in range(n // 2):
        d = rng.randint(1, 10 ** rng.randint(1, 17))
        out.append(float('%de%d' % (d, rng.randint(-330, 310))))
    for _ in range(n // 4):  # subnormals
        out.append(from_bits(rng.getrandbits(52)))
    for _ in range(n // 4):  # everyday magnitudes
        out.append(rng.uniform(-1e6, 1e6))
    return out


def gen_repr():
    vals = interesting_floats() + random_floats(3000)
    rows = [(bits(v), repr(v)) for v in vals]
    write_table('float_repr.tsv', 'float bits (hex) | repr', rows)


FLOAT_SPECS = ['', 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%', '.0', '.1', '.2', '.3', '.5', '.10', '.17', '.20',
               '.0e', '.1e', '.3e', '.16e', '.25e', '.0f', '.1f', '.2f', '.5f', '.12f', '.30f', '.0g', '.1g',
               '.2g', '.6g', '.15g', '.17g', '.30g', '#', '#.0', '#.3', '#g', '#.0g', '#.4g', '#e', '#.0e', '#f',
               '#.0f', '.0%', '.2%', '#.0%', 'z', 'z.1f', 'z.0f', 'z.2e', 'z.3g', '+', ' ', '-', '+.3f', ' .2e',
               '20', '<20', '>20', '^20', '=20', '020', '020.3f', '+020.3f', '*^+20.4e', 'x<15.2%', ',', '_',
               ',.2f', '_.3f', ',g', ',e', '020,.2f', '015_', ',.0f', '#,.0f', '10.3n', '.3n', '#n', 'z+020,.1f']


def gen_float_format():
    vals = interesting_floats()[:60] + [1234.5678, -1234.5678, 1e300, -1e-300, 123456789.125, 0.000123456,
                                         999.9999, 9.999999999999999e22, 0.005, 0.015, 0.025, 1.0005, 2.675]
    vals += random_floats(120)
    rows = []
    for v in vals:
        for s in FLOAT_SPECS:
            rows.append((bits(v), s, outcome(lambda: format(v, s))))
    # errors
    for s in ['d', 'x', 's', 'c', 'xx', '.', ',_', '_,', ',d', ',n', '_n', '.3000000000f', '9' * 25, '.' + '9' * 25,
              '\u00e9', '\x01', ',\x01', '+z+', '#z', 'z#=10.3', '0=+10', 'bc', '.2d', '=', 'a=10e']:
        rows.append((bits(1.5), s, outcome(lambda: format(1.5, s))))
    write_table('float_format.tsv', 'float bits (hex) | spec | format(x, spec)', rows)


INT_SPECS = ['', 'd', 'b', 'o', 'x', 'X', 'n', 'c', '#b', '#o', '#x', '#X', '+', ' ', '-', '+d', ' x', '10', '<10',
             '^10', '=10', '010', '#010x', '#010b', '+#012X', '*^+12', ',', '_', ',d', '_d', '_x', '_b', '_o', '#_x',
             '#_b', '020,', '020_', '021,', '09,', '0=+10_', '#015_b', 'e', 'E', 'f', '.2f', 'g', '.3g', '%', '.1%',
             ',.2f', '.0e', 'n', '>5c', '05c', 'z', 'z.2', '.2', '+c', '#c', ',c', ',x', ',b', '_n', 's', 'xx',
             '=5c', '-^9', '\u00e9>8', '0<8', '00', '000']


def gen_int_format():
    vals = [0, 1, -1, 7, -7, 65, 255, -255, 1000, 1234567, -1234567, 0x10ffff, 0x110000, 2 ** 31, 2 ** 53 + 1,
            2 ** 63 - 1, -2 ** 63, 2 ** 64, -2 ** 64, 10 ** 30, -(10 ** 30) - 7, 2 ** 200 + 12345, 10 ** 308,
            10 ** 400, 2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 971]
    for _ in range(60):
        vals.append(rng.randint(-10 ** rng.randint(1, 40), 10 ** rng.randint(1, 40)))
    rows = []
    for v in vals:
        for s in INT_SPECS:
            rows.append((hex(v), s, outcome(lambda: format(v, s))))
    # the decimal digit limit
    big = 10 ** 5000
    for s in ['', 'd', ',', 'x', 'b', 'e']:
        rows.append((hex(big), s, outcome(lambda: format(big, s))))
    write_table('int_format.tsv', 'int (hex) | spec | format(i, spec)', rows)


COMPLEX_SPECS = ['', 'g', '.2', '.2f', 'e', '+', ' ', '^30', 'x<+30.3e', '>25', '#', '#.0f', 'z', 'z.1f', ',',
                 '_.2f', 'n', '.0', 'G', 'E', 'F', '010', '=10', '%', 'd', 'xx', '0<10', '+.3g']


def gen_complex():
    vals = [(1.0, 2.0), (0.0, 2.0), (-0.0, 2.0), (0.0, -0.0), (-0.0, -0.0), (1.0, -0.0), (math.nan, math.inf),
            (-math.inf, math.nan), (1e16, 1e-5), (1234567.0, -2.5), (-1.5, 0.1), (0.0, 0.0), (3.0, 0.0),
            (1e-300, -1e300), (2.675, -0.005)]
    for _ in range(20):
        vals.append((random_floats(1)[0], random_floats(1)[0]))
    rows = []
    for re, im in vals:
        c = complex(re, im)
        for s in COMPLEX_SPECS:
            rows.append((bits(re), bits(im), s, outcome(lambda: format(c, s))))
        rows.append((bits(re), bits(im), 'repr', repr(c)))
    write_table('complex_format.tsv', 'real bits | imag bits | spec ("repr" for repr) | result', rows)


STR_SPECS = ['', 's', '10', '<10', '>10', '^10', '^11', 'x^11', '*>7', '.2', '.0', '10.3', '^9.4s', '05', '<05',
             '>05', '0^7', '=10', '+', ' ', '-', '#', 'z', 'z=', ',', '_', 'd', 'x', '.', 'xx', '\U0001F600^9',
             '\u00e9<6', '1' * 3 + '.1']


def gen_str():
    vals = ['', 'a', 'abc', 'hello world', '\u00e9t\u00e9', '\U0001F600x\U0001F600', 'tab\there', '0123456789ab']
    rows = []
    for v in vals:
        for s in STR_SPECS:
            rows.append((v, s, outcome(lambda: format(v, s))))
    write_table('str_format.tsv', 'str | spec | format(s, spec)', rows)


def gen_round():
    rows = []
    vals = interesting_floats()[:80] + random_floats(200) + [2.675, 0.125, 0.375, 2.5, 3.5, -2.5, 1.005, 5e-324,
                                                            1.7976931348623157e308, 0.285, 1.0000000000000002]
    for v in vals:
        for n in [None, 0, 1, 2, 3, 5, 10, 15, 17, 20, 300, 323, 324, -1, -2, -5, -20, -300, -308, -309]:
            if n is None:
                r = outcome(lambda: str(round(v)))
            else:
                r = outcome(lambda: bits(round(v, n)))
            rows.append((bits(v), 'None' if n is None else n, r))
    write_table('float_round.tsv', 'float bits | ndigits | round(x, n) bits (int text when ndigits is None)', rows)
    rows = []
    for v in [0, 5, 15, 25, 35, -25, 149, 150, 151, 250, -250, 12345, 10 ** 20 + 5 * 10 ** 19, 2 ** 100, -(2 ** 100)]:
        for n in [0, 1, 5, -1, -2, -3, -10, -21, -40]:
            rows.append((hex(v), n, hex(round(v, n))))
    write_table('int_round.tsv', 'int (hex) | ndigits | round(i, n) (hex)', rows)


if __name__ == '__main__':
    gen_repr()
    gen_float_format()
    gen_int_format()
    gen_complex()
    gen_str()
    gen_round()
