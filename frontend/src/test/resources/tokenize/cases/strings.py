a = 'single' "double" '' ""
b = '''triple
single''' """triple
double"""
c = r'raw\d' R"raw" b'bytes' B"bytes" br'x' Br'x' bR'x' BR'x' rb'x' rB'x' Rb'x' RB'x'
d = u'unicode' U"unicode"
e = 'esc\'aped' "esc\"aped" '\\' "a\
b"
f = """ with "quotes" and '' inside """
g = '''nested """ quotes'''
h = 'tab\there\nnewline\x41\101\u0041\U00000041\N{BULLET}'
i = """
multi
   line
"""
j = ''''''
k = """"a" """
rb = 1
br2 = rb
