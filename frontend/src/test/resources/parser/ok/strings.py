'single' "double"
'''triple single''' """triple double"""
r'\raw' R"\RAW"
rb'\x00' BR"\n" Rb'' bR''
u'unicode' U'UNICODE'
b'\x00\xff\n\t\\' b"\'\"" b'\101\7'
'\x41\u0041\U00000041\N{LATIN SMALL LETTER A}\101\0'
'line\
continuation'
"""multi
line
string"""
'tab\tnew\nquote\'backslash\\'
'\d unknown escape'
''
""
f''
f'{x}' f'{y}'
f'{x}' 'plain' f'{y}'
'plain' f'{x}'
f'{x!r}' '' f''
f'{"nested"}' f"{'nested'}" f'{f"{x}"}'
f"{x:{y}{z}}"
f"{x:{y}.{z}f}"
f"{x:>{width}}"
f'{x:%Y-%m-%d}'
f'{3.14:.2f}'
f'{x!r:>10}'
f'{a}{b}{c}'
f'{a} {b} {c}'
f'{{}}'
f'{{{x}}}'
f'a{{b'
f"""
{x}
"""
f'''{
    x
}'''
f"{x = }" f"{x=!r}" f"{x=:>5}" f"{x=!s:<5}"
f"{'a' if x else 'b'}"
f"{x,}" f"{x, y}"
f"{[1, 2][0]}"
f"{ {'a': 1}['a'] }"
f"{x:=^10}"
f"{(x:=5)}"
f'\n{x}\t'
rf'\n{x}\t'
fr'{x}\d'
f"{'\n'.join(a)}"
f"{x:{'>'}10}"
'é' "中文" f"😀{x}€"
x = "é" + 'ü'
'\ud800\udc00' + '\ud83d' '\ude00'
'\U0001F600' '😀\udc00' "\udbff" + "\udfff"
f'\{6*7}' f'a\\{1}' f'\{x}\{y!r}'
