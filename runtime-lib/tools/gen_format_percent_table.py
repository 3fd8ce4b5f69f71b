#!/usr/bin/env python3
"""Generates the printf-style ('%') formatting table for dev.weft.runtime.format tests.
Run with CPython 3.13:  PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_format_percent_table.py
Operands use the typed encoding of format_tables_io.encode_operand.
"""
import random
import sys

from format_tables_io import encode_operand as enc, outcome, write_table

assert sys.version_info[:2] == (3, 13), 'generate with CPython 3.13'


CASES = [('%d', 'a'), ('%x', 1.5), ('%f', 'a'), ('%c', 'ab'), ('%c', 1.5), ('%c', -1), ('%c', 0x110000), ('%y', 1),
         ('%', 1), ('%(a', {}), ('%(a)s', 1), ('%s %s', (1,)), ('%s', (1, 2)), ('abc', 5), ('abc', {}), ('abc', []),
         ('%*d', ('a', 1)), ('%.*d', ('a', 1)), ('%*d', (-5, 1)), ('%.*f', (-5, 1.5)), ('%#x', 255), ('%#X', 255),
         ('%#o', 8), ('%#010x', 255), ('%-#10x|', 255), ('% d', 5), ('%+d', 5), ('%+ d', 5), ('%05d', -3),
         ('%.3d', -3), ('%#.3o', 8), ('%05s', 'a'), ('%.1s', 'abc'), ('%r', 'a'), ('%a', '\u00e9'), ('%c', '\u00e9'),
         ('%5c', 65), ('%i', 3.7), ('%u', -3.7), ('%x', True), ('%.0f', 0.5), ('%#.0f', 0.5), ('%g', 1e20),
         ('%#g', 1.0), ('%e', 1e300), ('%.3g', 0.0001234), ('%%', ()), ('%5%', ()), ('%5%', (1,)), ('% %', 1),
         ('%-%', ()), ('%s %% %s', (1, 2)), ('%-05d', 3), ('%010.3f', -1.5), ('%d', 2 ** 100), ('%x', -255),
         ('%#x', -255), ('%#08x', -255), ('%.*s', (2, 'abc')), ('%*.*s', (5, 2, 'abc')),
         ('%999999999999999999999d', 1), ('%.999999999999999999999d', 1), ('%(a)s %(b)d', {'a': 1, 'b': 2}),
         ('%(a)s %s', {'a': 1}), ('%s', {'a': 1}), ('%(a)*d', {'a': 1}), ('%d', None), ('%f', None), ('%o', 'a'),
         ('%c', None), ('%s %s', [1, 2]), ('%F', float('inf')), ('%f', float('nan')), ('%010f', float('inf')),
         ('%-+8.2e|', 12.5), ('%(a(b))s', {'a(b)': 1}), ('%.2x', 5), ('%#.5x', 5), ('%5', 1), ('%.', 1),
         ('%*', (1,)), ('%ld', 5), ('%lld', 5), ('%hd', 5), ('%Ld', 5), ('%d', 1j), ('%f', 1j), ('%e', 10 ** 400),
         ('%s', ()), ('%d', True), ('%5.1c', 'a'), ('%-3c|', 'a'), ('%03c', 'a'), ('%c', 2 ** 70), ('%x', 2 ** 70),
         ('%(x)c', {'x': 'a'}), ('%*s', (2 ** 70, 'a')), ('%.*s', (2 ** 40, 'a')), ('%.0s', 'a'), ('%s%', (1,)),
         ('%s', 'x'), ('%r', ('a', 1)), ('%s', (('a', 1),)), ('%a', '\U0001F600'), ('%5s|', '\U0001F600'),
         ('%.1r', 'ab'), ('%-6r|', 'x'), ('%+s', 'a'), ('% s', 'a'), ('%+r', 1), ('%+5s|', 'ab'),
         ('\u00e9%y', 1), ('\u00e9%\u00e9', 1), ('%\x01', 1), ('%(a)s', {'a': '\u00e9'}), ('%(a)s', []),
         ('%d %s', (1, 'x', 3)), ('%s', None), ('%s|%r|%a', (1.5, 2.5, -0.0)), ('%+.3e', 0.0), ('% .2f', -0.0),
         ('%G', 1e-10), ('%E', 12345.678), ('%#.3G', 0.5), ('%#o', 0), ('%#x', 0), ('%#5o|', -8), ('%-+6d|', 42),
         ('% 06d', 42), ('%+06.1f', 2.25), ('%x', 3.0), ('%o', True), ('%c', True), ('%d', 10 ** 5000),
         ('%.3000000000f', 1.0), ('%s', 1e16), ('%r', 1e-5), ('%s', 1 + 2j), ('%.2s', 1 + 2j)]


def main():
    rng = random.Random(7)
    cases = list(CASES)
    for _ in range(400):
        flags = ''.join(rng.choice(['', '-', '+', ' ', '#', '0']) for _ in range(rng.randint(0, 2)))
        width = rng.choice(['', '1', '5', '12'])
        prec = rng.choice(['', '.0', '.1', '.3', '.10'])
        conv = rng.choice('diouxXeEfFgGcrsa')
        val = rng.choice([0, 7, -7, 255, 123456, -2 ** 70, 0.5, -1.25, 1e-7, 3.14159, 1e22, float('-inf'), 'ab',
                          'x', 65, True, -0.0])
        cases.append(('<%' + flags + width + prec + conv + '>', val))
    rows = []
    for fmt, args in cases:
        rows.append((fmt, enc(args), outcome(lambda: fmt % args)))
    write_table('percent_format.tsv', 'format | operand (typed encoding) | format % operand', rows)


if __name__ == '__main__':
    main()
