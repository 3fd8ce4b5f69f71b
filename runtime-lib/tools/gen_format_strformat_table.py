#!/usr/bin/env python3
"""Generates str.format / _string.formatter_parser / formatter_field_name_split tables for
dev.weft.runtime.format tests.  Run with CPython 3.13:
    PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_format_strformat_table.py
"""
import _string
import sys

from format_tables_io import encode_operand, outcome, write_table

assert sys.version_info[:2] == (3, 13), 'generate with CPython 3.13'

FORMATS = ['{0[}', '{a[b:c]}', '{!r}', '{0!}', '{0!rr}', '{:{}}', '{0:{1:{2}}}', '{0.}', '{0[]}', '{0]}', '{0[0]x}',
           '{0.a[1]}', '{', '}', 'a}b', '{{}}', '{}{}', '{0}{}', '{}{0}', '{a}{}', '{0:}', '{0!r:}', '{0!x}',
           '{0!r:>{1}}', '{0:{a}{b}}', 'x{0:{{}}}y', '{0[{]}', '{0{}', '{:}}', '{0:}}', '{!}', '{0!r', '{0:',
           '{ 0 }', '{-1}', '{00}', '{0x}', '{\u0663}', '{0[\u0663]}', '{0[-1]}', '{a.b.c[d][0]}', '{0!a}', '{!r:}',
           'abc', '', '{0!r!s}', '{0:a!r}', '{0[a]b}', '{[}', '{0[a]]}', '{0:[}', '{5}', '{} {}', '{2[5]}',
           '{1.real}', '{x}', '{1:{0}}', '{0!s:^{1}}', '{c[k]!r:*>{1}}', '{c[z]}', '{3.imag:.2f}', '{3:+.1e}',
           '{4:b}', '{5}', '{5:{1}}', '{5!r:>{1}}', '{0!\u00e9}', '{0!\x01}', 'a{{b}}c{0}d', '}}{{', '{}}', '{{{}}}',
           '{0:{1}}{2:{3}}', '{0:{}}', '{:{0}}', '{0:{{1}}}', '{9999999999999999999999}', '{0[9999999999999999999999]}',
           '{\U0001F600}', '{0:\U0001F600^9}', '{2[1]:x}', '{c}', '{c!s}', '{c!a}', '{1:,}', '{3:_}', '{d}', '{d:}',
           '{d:x}', '{6}{6!r}{6:^7}', '{5:d}', '{5:5}']

ARGS = ('ab', 5, [1, 2], 1.5 - 2j, 255, True, 'h\u00e9')
KWARGS = {'a': {'b': 1}, 'b': 2, 'c': {'k': 'v\u00e9'}, 'x': 'X', 'd': None}


def main():
    rows = []
    for f in FORMATS:
        rows.append((f, outcome(lambda: '\x1f'.join(
            '\x1e'.join('\x00' if x is None else x for x in t) for t in _string.formatter_parser(f)))))
    write_table('formatter_parser.tsv',
                'format | formatter_parser tuples (fields joined by \\x1e, tuples by \\x1f, None as \\x00)', rows)
    rows = []
    for f in FORMATS:
        rows.append((f, encode_operand(ARGS), encode_operand(KWARGS), outcome(lambda: f.format(*ARGS, **KWARGS))))
    write_table('str_format_method.tsv', 'format | args | kwargs | format.format(*args, **kwargs)', rows)
    rows = []
    for name in ['0', 'a', '', '0.a[1]', 'a[', 'a[b]c', '0x', '00', '\u0663', 'a.', 'a..b', '[0]', '.a', 'a[b][c].d',
                 'a[]', 'a]', '9' * 25, 'x[' + '9' * 25 + ']', 'a[.b]', 'a[[b]']:
        def split():
            first, rest = _string.formatter_field_name_split(name)
            parts = ['%s' % first if isinstance(first, str) else '#%d' % first]
            for is_attr, v in rest:
                parts.append(('.' if is_attr else '[') + (v if isinstance(v, str) else '#%d' % v))
            return '\x1f'.join(parts)
        rows.append((name, outcome(split)))
    write_table('field_name_split.tsv',
                'field name | first ("#n" when an int), then ".attr" / "[key]" / "[#n]", joined by \\x1f', rows)


if __name__ == '__main__':
    main()
