"""Generates runtime-lib/src/test/resources/sre/cases.txt for SreGoldenTest.

Run with CPython 3.13 (PYENV_VERSION=3.13.0 python3 runtime-lib/tools/gen_sre_golden.py).
For each pattern it records the code list that CPython 3.12's re compiler emits (the re package
Weft compiles; read from RE312 below, loaded as package "re312" over a stand-in _sre that reports
MAGIC 20221023) and CPython 3.13's results for match/search/fullmatch/finditer/findall/sub/
split/expand on several subjects.

Line format (tab-separated; strings are 's'+hex(UTF-8) or 'b'+hex(bytes)):
  C id pattern flags groups code(comma ints) groupindex(name=index, names encoded)
  S subject pos endpos            (endpos '-' = default)
  R kind result...
"""
import importlib.util
import os
import re
import sys
import types
import _sre

RE312 = '/tmp/pyres/lib/META-INF/resources/libpython/re'
OUT = os.environ.get('SRE_CASES_OUT') or os.path.join(
    os.path.dirname(__file__), '..', 'src', 'test', 'resources', 'sre', 'cases.txt')
API_OUT = os.path.join(os.path.dirname(__file__), '..', 'src', 'test', 'resources', 'sre', 'api.txt')

# Patterns SreApiTest uses by name: their 3.12 code lists and CPython 3.13's answers to API calls.
API_PATTERNS = {
    'words': (r'(?P<word>\w+)(?:-(?P<num>\d+))?', 0),
    'alt_star': (r'(a|b)*c', 0),
    'lazy_alt_star': (r'(?:a|b)*?c', 0),
    'icase': ('a+', re.I | re.M),
    'bytes_icase': (b'a+', re.I | re.L),
    'long': ('x' * 300, 0),
    'ascii_digit': (r'\d', re.A),
    'empty_star': ('x*', 0),
}

captured = []


def load_re312():
    stand_in = types.ModuleType('_sre')
    for k in dir(_sre):
        if not k.startswith('__'):
            setattr(stand_in, k, getattr(_sre, k))
    stand_in.MAGIC = 20221023
    stand_in.setup = lambda compile, error: compile

    def compile_(pattern, flags, code, groups, groupindex, indexgroup):
        captured.append((pattern, flags, list(code), groups, dict(groupindex), indexgroup))
        return _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    stand_in.compile = compile_
    real = sys.modules['_sre']
    sys.modules['_sre'] = stand_in
    try:
        spec = importlib.util.spec_from_file_location('re312', os.path.join(RE312, '__init__.py'),
                                                      submodule_search_locations=[RE312])
        mod = importlib.util.module_from_spec(spec)
        sys.modules['re312'] = mod
        spec.loader.exec_module(mod)
    finally:
        sys.modules['_sre'] = real
    return mod


def enc(v):
    if isinstance(v, str):
        return 's' + v.encode('utf-8').hex()
    if isinstance(v, (bytes, bytearray)):
        return 'b' + bytes(v).hex()
    if v is None:
        return '~'
    raise TypeError(v)


def match_result(m):
    if m is None:
        return '~'
    spans = ' '.join('%d:%d' % m.span(g) for g in range(m.re.groups + 1))
    return spans + ' ;' + ('~' if m.lastindex is None else str(m.lastindex))


S = 'aaa abc ABC 123 xyz'
CASES = [
    # literals, prefixes, any
    ('abc', 0, ['abc', 'xabcabc', 'ab', '', 'ABC']),
    ('a', 0, ['a', 'bab', '']),
    ('a.c', 0, ['abc', 'a\nc', 'xa c']),
    ('a.c', re.S, ['abc', 'a\nc']),
    ('.', 0, ['\n', 'x', '']),
    ('.*', 0, ['ab\ncd', '', '\n']),
    ('.*', re.S, ['ab\ncd']),
    ('abcd|abce', 0, ['abce', 'xabcdx']),
    ('aaab', 0, ['aaaaab', 'aabaaab']),
    ('abab', 0, ['abaabab', 'ababab']),
    ('\u00e9t\u00e9', 0, ['\u00e9t\u00e9 ete', 'ETE']),
    ('\U0001F600+', 0, ['a\U0001F600\U0001F600b', 'x']),
    ('.\U0001F600.', 0, ['\U0001F601\U0001F600\U0001F602', 'a\U0001F600']),
    # character classes
    ('[abc]+', 0, ['xxabcbay', 'zzz']),
    ('[^abc]+', 0, ['abxyzc', 'abc']),
    ('[a-z]+', 0, ['Hello World', '123']),
    ('[a-zA-Z0-9_]+', 0, [S]),
    ('[\\d]+', 0, [S, '\u0661\u0662']),
    ('\\d+', 0, [S, '\u0661\u0662 9', 'x']),
    ('\\d+', re.A, ['\u0661\u0662 9']),
    ('\\D+', 0, [S]),
    ('\\s+', 0, ['a \t\n\x0b\x0cb', 'a\x1cb', 'a\u2003b', 'a\x85b']),
    ('\\s+', re.A, ['a \t\nb', 'a\x1cb', 'a\u2003b']),
    ('\\S+', 0, ['ab cd']),
    ('\\w+', 0, ['h\u00e9llo w\u00f6rld_1', '\u0661x', '\u00b2\u2167']),
    ('\\w+', re.A, ['h\u00e9llo w\u00f6rld_1']),
    ('\\W+', 0, ['a, b! c']),
    ('[\\w\\s]+', 0, ['ab c!d']),
    ('[^\\W\\d]+', 0, ['ab12cd_e']),
    ('[\u0400-\u04ff]+', 0, ['abc \u0416\u0417\u0418 def']),
    ('[\u0100-\uffff]', 0, ['ab\u0101', 'abc']),
    ('[\U00010000-\U0010ffff]+', 0, ['ab\U0001F600\U0001F601c']),
    ('[^\U0001F600]+', 0, ['ab\U0001F600c']),
    ('[\u4e00-\u9fff\u3040-\u30ff]+', 0, ['x\u65e5\u672c\u8a9e\u3072\u3089y']),
    ('[\\u0100\\u0102\\u0104-\\u0106\\u2000-\\u2002]+', 0, ['x\u0100\u0105\u2001\u0103']),
    ('[a\\-z]+', 0, ['a-zb']),
    ('[]a]+', 0, ['a]]b']),
    ('[.]', 0, ['a.b']),
    ('[\\n]', 0, ['a\nb']),
    # ignore case
    ('abc', re.I, ['ABC', 'aBc', 'xAbC']),
    ('[a-c]+', re.I, ['xABCcbay']),
    ('[^a-c]+', re.I, ['ABxyC']),
    ('\u00df', re.I, ['\u1e9e', '\u00df', 'SS']),
    ('\u1e9e', re.I, ['\u00df']),
    ('[\u00df]', re.I, ['\u1e9e']),
    ('\u03c3', re.I, ['\u03a3', '\u03c2', '\u03c3']),
    ('[\u03c3]+', re.I, ['\u03a3\u03c2\u03c3x']),
    ('k', re.I, ['K', '\u212a', 'k']),
    ('[k]', re.I, ['\u212a']),
    ('[k]', re.I | re.A, ['\u212a', 'K']),
    ('k', re.I | re.A, ['\u212a', 'K']),
    ('\u0130', re.I, ['i', '\u0130', 'I']),
    ('i', re.I, ['\u0130', '\u0131', 'I']),
    ('[\u0400-\u042f]+', re.I, ['\u0430\u0431\u0416']),
    ('[a-z\u00e0-\u00ff]+', re.I, ['\u00c0\u00c9Zz']),
    ('\\w+', re.I, ['Hello']),
    ('(a)\\1', re.I, ['aA', 'Aa', 'ab']),
    ('(\u00e9)\\1', re.I, ['\u00e9\u00c9']),
    ('[^x]', re.I, ['X', 'y']),
    ('[a-z]', re.I, ['\u212a', '\u017f']),
    ('s', re.I, ['\u017f']),
    ('\U00010400', re.I, ['\U00010428']),
    ('[\U00010400-\U0001040f]', re.I, ['\U00010428']),
    # anchors
    ('^abc', 0, ['abc', 'xabc']),
    ('abc$', 0, ['abc', 'abc\n', 'abc\nx']),
    ('^a', re.M, ['b\na\na']),
    ('a$', re.M, ['a\nba\n']),
    ('\\Aa', re.M, ['a\na']),
    ('a\\Z', 0, ['a\na', 'aa']),
    ('^$', 0, ['', '\n']),
    ('^$', re.M, ['a\n\nb', '\n']),
    ('$', 0, ['a\n', 'ab']),
    ('\\bfoo\\b', 0, ['foo', 'a foo b', 'foobar', '\u00e9foo']),
    ('\\bfoo\\b', re.A, ['\u00e9foo']),
    ('\\Bo\\B', 0, ['foo bob', 'o']),
    ('\\b', 0, ['ab cd', '']),
    ('\\B', 0, ['ab cd', '']),
    ('x*\\b', 0, ['a b']),
    # groups
    ('(a)(b)(c)', 0, ['abc', 'xabcx']),
    ('(a)|(b)', 0, ['b', 'a', 'c']),
    ('(?P<first>\\w+) (?P<last>\\w+)', 0, ['Jane Doe', 'x']),
    ('(?:ab)+', 0, ['ababab', 'abx']),
    ('(a(b(c)))', 0, ['abc']),
    ('(a)?b', 0, ['b', 'ab']),
    ('(a*)+', 0, ['aaa', 'b']),
    ('(a*)*', 0, ['aaa', 'b']),
    ('(a|b)*', 0, ['abab', 'c']),
    ('(a|b)*?c', 0, ['abac']),
    ('(a+|b+)*', 0, ['aabbba']),
    ('(a)|b', 0, ['b']),
    ('((a)|b)+', 0, ['ab', 'ba']),
    ('(a|ab)(c|bcd)(d*)', 0, ['abcd']),
    ('((a)|(b))*', 0, ['ab', 'ba']),
    ('(?P<a>x)(?P=a)', 0, ['xx', 'xy']),
    ('(\\w)\\1', 0, ['hello', 'abc']),
    ('(a)?(?(1)b|c)', 0, ['ab', 'c', 'ac', 'b']),
    ('(?P<q>")?\\w+(?(q)")', 0, ['"abc"', 'abc', '"abc']),
    ('(a)?(?(1)b)', 0, ['ab', 'x']),
    ('(?:(a)|b)(?(1)c|d)', 0, ['ac', 'bd', 'bc']),
    ('(x)(?(1)|y)', 0, ['x']),
    ('()', 0, ['', 'a']),
    ('(a)|(b)|(c)', 0, ['c']),
    # repeats
    ('a*', 0, ['aaa', '', 'baaa']),
    ('a+', 0, ['aaa', '', 'baaa']),
    ('a?', 0, ['aaa', '']),
    ('a{2,3}', 0, ['a', 'aaaa', 'aaaaaaa']),
    ('a{2}', 0, ['aaa']),
    ('a{,2}', 0, ['aaa']),
    ('a{3,}', 0, ['aa', 'aaaaa']),
    ('a*?', 0, ['aaa']),
    ('a+?', 0, ['aaa']),
    ('a??b', 0, ['ab', 'b']),
    ('a{2,3}?', 0, ['aaaa']),
    ('a*?b', 0, ['aaab']),
    ('a.*b', 0, ['axxbxxb', 'axx']),
    ('a.*?b', 0, ['axxbxxb']),
    ('<.*>', 0, ['<a><b>']),
    ('<.*?>', 0, ['<a><b>']),
    ('(ab)*', 0, ['ababa']),
    ('(ab)+?', 0, ['ababa']),
    ('(ab){2}', 0, ['ababab']),
    ('(ab){1,2}?c', 0, ['ababc']),
    ('(?:a|bc)*d', 0, ['abcad', 'abca']),
    ('(?:a|bc)*?d', 0, ['abcad']),
    ('(a|b)*c', 0, ['ab' * 50 + 'c']),
    ('(?:x*)*y', 0, ['xxxy', 'xxx']),
    ('(?:x*)+?y', 0, ['xxy']),
    ('(?:()|a)*', 0, ['aa']),
    ('(?:a|())*', 0, ['aa']),
    ('(a*?)*', 0, ['aa']),
    ('(a*?)+?b', 0, ['aab']),
    ('(?:a{0,2}){3}b', 0, ['aaaab']),
    ('\\d{2,4}-\\d+', 0, ['12345-67', '1-2']),
    ('[ab]{2,}c', 0, ['abababc', 'ac']),
    ('x{0}', 0, ['xx']),
    ('(?:ab|a){2,}?b', 0, ['abababb']),
    ('(a{1,2}){2}', 0, ['aaa']),
    ('(?:(a)|b)+', 0, ['ab']),
    ('(?:(a)|(b))+', 0, ['aba']),
    # possessive and atomic
    ('a*+', 0, ['aaa', 'b']),
    ('a*+a', 0, ['aaa']),
    ('a++b', 0, ['aab']),
    ('a?+a', 0, ['a', 'aa']),
    ('a{1,2}+a', 0, ['aaa', 'aa']),
    ('(?:ab)*+ab', 0, ['ababab']),
    ('(?:ab)*+c', 0, ['ababc']),
    ('(ab|a)++b', 0, ['abab', 'aab']),
    ('(?>ab|a)b', 0, ['ab', 'abb']),
    ('(?>a+)b', 0, ['aab', 'aa']),
    ('(?>(a+))a', 0, ['aaa']),
    ('(?>x*)*', 0, ['xx']),
    ('(?:x*)*+y', 0, ['xxy']),
    ('(a)*+', 0, ['aaa']),
    ('((?>a|ab)c)', 0, ['abc', 'ac']),
    # lookaround
    ('a(?=b)', 0, ['ab', 'ac']),
    ('a(?!b)', 0, ['ab', 'ac']),
    ('(?<=a)b', 0, ['ab', 'cb']),
    ('(?<!a)b', 0, ['ab', 'cb', 'b']),
    ('(?<=ab)c', 0, ['abc', 'xbc']),
    ('(?<=\\d{3})x', 0, ['123x', '12x']),
    ('(?=(a+))', 0, ['aaa']),
    ('(?=(a+))a*b\\1', 0, ['baaabac']),
    ('(?!(a))b', 0, ['b']),
    ('(?<=(a))b', 0, ['ab']),
    ('(?<!(a))b', 0, ['cb']),
    ('\\w+(?=,)', 0, ['a,b,c']),
    ('(?<=-)\\w+', 0, ['spam-egg']),
    ('(?:(?!abc).)*', 0, ['xxabcyy']),
    ('(?<=a|b)c', 0, ['bc', 'ac']),
    ('(?<!a|b)c', 0, ['bc', 'xc']),
    ('(?=.*[A-Z])(?=.*\\d).{6,}', 0, ['abcD1ef', 'abcdef']),
    ('(?<=\\bfoo)bar', 0, ['foobar', 'xfoobar']),
    ('(a)(?<=\\1)', 0, ['a']),
    # branches
    ('a|b|c', 0, ['xbc']),
    ('ab|cd|ef', 0, ['xxefcd']),
    ('(?:ab|cd)+', 0, ['abcdabx']),
    ('[ab]c|d', 0, ['bc', 'd', 'c']),
    ('|a', 0, ['a']),
    ('a|', 0, ['b', 'a']),
    ('x(a|b|)y', 0, ['xy', 'xay']),
    ('(?:a|b|c|d|e)(?:f|g)', 0, ['eg', 'ah']),
    ('foo|foobar', 0, ['foobar']),
    ('(?:\\d+|[a-z]+)\\.', 0, ['abc. 12.']),
    # verbose / inline flags / misc
    ('(?x) a b  # comment\n c', 0, ['abc']),
    ('(?i)abc', 0, ['ABC']),
    ('a(?i:b)c', 0, ['aBc', 'aBC']),
    ('(?s:.)a', 0, ['\na']),
    ('(?m)^x', 0, ['a\nx']),
    ('(?a)\\w+', 0, ['\u00e9a']),
    ('(?i)[^a]', 0, ['A', 'b']),
    ('\\x41\\u0042\\N{LATIN SMALL LETTER C}', 0, ['ABc']),
    ('\\t\\n\\\\', 0, ['\t\n\\']),
    ('\\.\\*\\+', 0, ['.*+']),
    ('[\\b]', 0, ['\b']),
    ('a\\Z|b', 0, ['ba']),
    # realistic patterns
    ('(\\d{4})-(\\d{2})-(\\d{2})', 0, ['on 2024-01-15 and 2023-12-31']),
    ('[\\w.+-]+@[\\w-]+\\.[\\w.]+', 0, ['mail bob.smith+x@ex-ample.co.uk now']),
    ('https?://[^\\s/]+(/[^\\s]*)?', 0, ['see http://ex.com/a/b?c=1 and https://x.org']),
    ('"(?:[^"\\\\]|\\\\.)*"', 0, ['x "a\\"b" y "c"']),
    ('[ \\t\\n\\r]*', 0, [' \n x']),
    ('(-?(?:0|[1-9]\\d*))(\\.\\d+)?([eE][-+]?\\d+)?', 0, ['-12.5e+3', '0.1', 'x']),
    ('(?P<key>\\w+)\\s*=\\s*(?P<value>[^;]*);?', 0, ['a = 1; bb=hello ;c=']),
    ('^\\s*(#.*)?$', re.M, ['x\n  # comment\n\ny']),
    ('\\s*(?:(?P<num>\\d+)|(?P<op>[-+*/()])|(?P<name>[A-Za-z_]\\w*))', 0, ['x1 + 23*(y-4)']),
    ('(?:(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(?:25[0-5]|2[0-4]\\d|1?\\d?\\d)', 0, ['ip 192.168.1.255 x 300.1.1.1']),
    ('([A-Z][a-z]+)+', 0, ['HelloWorldFoo']),
    ('(\\w+)\\s+\\1', 0, ['the the cat', 'a b']),
    ('\\b(\\w)(\\w*)\\b', 0, ['hello big world']),
    # bytes
    (b'abc', 0, [b'xabc', b'ab']),
    (b'[a-z]+', 0, [b'Hello World']),
    (b'\\w+', 0, [b'h\xe9llo world_1']),
    (b'\\w+', re.L, [b'h\xe9llo world_1']),
    (b'\\s+', 0, [b'a \t\x1cb']),
    (b'\\d+', 0, [b'a123b']),
    (b'abc', re.I, [b'ABC', b'aBc']),
    (b'[a-c]+', re.I, [b'xABCcbay']),
    (b'\xe9', re.I, [b'\xc9', b'\xe9']),
    (b'abc', re.I | re.L, [b'ABC']),
    (b'[a-c]+', re.I | re.L, [b'xABCcbay']),
    (b'(a)\\1', re.I | re.L, [b'aA']),
    (b'[^a]', re.I | re.L, [b'A', b'b']),
    (b'\\bfoo\\b', 0, [b'a foo b', b'\xe9foo']),
    (b'\\bfoo\\b', re.L, [b'a foo b']),
    (b'.', 0, [b'\n', b'\xff']),
    (b'[\x80-\xff]+', 0, [b'ab\x80\xffc']),
    (b'(?P<x>a)(?P=x)', re.I, [b'aA']),
    (b'^a$', re.M, [b'b\na\n']),
    (b'\\x00+', 0, [b'a\x00\x00b']),
]


def random_pattern(rng, depth=0, alphabet='ab'):
    """A random pattern over {@code alphabet} using every construct the engine has."""
    def atom():
        k = rng.randrange(14 if depth < 3 else 5)
        if k == 0:
            return re.escape(rng.choice(alphabet))
        if k == 1:
            return rng.choice(['.', '[ab]', '[^a]', '\\w', '\\s'])
        if k == 2:
            return rng.choice(['^', '$', '\\b', '\\B', '\\Z'])
        if k in (3, 4):
            return re.escape(rng.choice(alphabet)) * 2
        inner = random_pattern(rng, depth + 1, alphabet)
        if k in (5, 6, 7):
            return '(' + inner + ')'
        if k == 8:
            return '(?:' + inner + ')'
        if k == 9:
            return rng.choice(['(?=', '(?!']) + inner + ')'
        if k == 10:
            return rng.choice(['(?<=', '(?<!']) + rng.choice(['a', 'b', 'ab', '[ab]']) + ')'
        if k == 11:
            return '(?>' + inner + ')'
        if k == 12:
            return '(?(1)' + inner + '|' + re.escape(rng.choice(alphabet)) + ')'
        return '\\' + str(rng.randint(1, 2))

    def piece():
        a = atom()
        q = rng.randrange(12)
        if q < 5 or a in ('^', '$', '\\b', '\\B', '\\Z'):
            return a
        quant = rng.choice(['*', '+', '?', '{0,2}', '{1,3}', '{2}'])
        return a + quant + rng.choice(['', '', '?', '+'])

    branches = []
    for _ in range(rng.choice([1, 1, 1, 2, 3])):
        branches.append(''.join(piece() for _ in range(rng.randint(1, 3))))
    return '|'.join(branches)


def random_cases(count, seed=20250101, mixed=False):
    """Random patterns over 'ab'; with mixed, over case-tricky alphabets, sometimes as bytes."""
    import random
    import warnings
    rng = random.Random(seed)
    cases = []
    while len(cases) < count:
        alphabet = 'ab'
        as_bytes = False
        if mixed:
            alphabet = rng.choice(['aAb', 'k\u212aK', 's\u017fS\u00df', '\u00e9\u00c9e', '\u03c3\u03c2\u03a3',
                                   'a\U0001F600b', 'a\nb', 'a_1'])
            as_bytes = all(ord(c) < 256 for c in alphabet) and rng.random() < 0.4
        pattern = random_pattern(rng, 0, alphabet)
        if as_bytes:
            flags = rng.choice([0, re.I, re.M, re.S, re.L, re.I | re.L])
        else:
            flags = rng.choice([0, 0, re.I, re.I, re.M, re.S, re.A, re.I | re.A])
        subjects = [''.join(rng.choice(alphabet + alphabet[0] + ' ') for _ in range(rng.randint(0, 9)))
                    for _ in range(3)]
        if as_bytes:
            pattern = pattern.encode('latin-1')
            subjects = [x.encode('latin-1') for x in subjects]
        try:
            with warnings.catch_warnings():
                warnings.simplefilter('error')
                re.compile(pattern, flags)
        except (re.error, Warning, RecursionError, ValueError):
            continue
        cases.append((pattern, flags, subjects))
    return cases


# Patterns whose findall/sub/split/expand are worth recording too (all of them are cheap).
REPLACEMENTS = {str: '<>', bytes: b'<>'}
TEMPLATES = {str: ['[\\g<0>]', '\\1-\\g<1>', '\\n\\1'], bytes: [b'[\\g<0>]', b'\\1-\\g<1>']}
POSITIONS = [(1, None), (0, 2), (2, 1)]


def record(re312, cid, pattern, flags, subjects, lines, windows):
    count_subjects = 0
    captured.clear()
    re312._compiler.compile(pattern, flags)
    p12, f12, code, groups, groupindex, indexgroup = captured[-1]
    oracle = re.compile(pattern, flags)
    assert oracle.groups == groups and oracle.groupindex == groupindex, pattern
    gi = ','.join('%s=%d' % (enc(k), v) for k, v in groupindex.items())
    lines.append('\t'.join(['C', str(cid), enc(pattern), str(int(f12)), str(int(groups)),
                            ','.join(str(int(x)) for x in code), gi]))
    for subject in subjects:
        for pos, endpos in windows:
            if (pos, endpos) != (0, None) and len(subject) < 2:
                continue
            count_subjects += 1
            args = (subject, pos) if endpos is None else (subject, pos, endpos)
            lines.append('\t'.join(['S', enc(subject), str(pos), '-' if endpos is None else str(endpos)]))
            lines.append('R\tmatch\t' + match_result(oracle.match(*args)))
            lines.append('R\tsearch\t' + match_result(oracle.search(*args)))
            lines.append('R\tfullmatch\t' + match_result(oracle.fullmatch(*args)))
            lines.append('R\tfinditer\t' + ' '.join(match_result(m) for m in oracle.finditer(*args)))
            items = []
            for it in oracle.findall(*args):
                items.append('|'.join(enc(x) for x in it) if isinstance(it, tuple) else enc(it))
            lines.append('R\tfindall\t' + ' '.join(items))
            if (pos, endpos) != (0, None):
                continue
            repl = REPLACEMENTS[type(subject)]
            r, n = oracle.subn(repl, subject)
            lines.append('R\tsubn\t%s\t%d' % (enc(r), n))
            r, n = oracle.subn(repl, subject, count=1)
            lines.append('R\tsubn1\t%s\t%d' % (enc(r), n))
            lines.append('R\tsplit\t' + ' '.join(enc(x) for x in oracle.split(subject)))
            lines.append('R\tsplit1\t' + ' '.join(enc(x) for x in oracle.split(subject, 1)))
            m = oracle.search(subject)
            if m is not None:
                for t in TEMPLATES[type(subject)]:
                    if oracle.groups < 1 and b'1' in (t if isinstance(t, bytes) else t.encode()):
                        continue
                    parsed = re312._parser.parse_template(t, oracle)
                    items = ','.join(enc(x) if not isinstance(x, int) else str(x) for x in parsed)
                    lines.append('R\texpand\t%s\t%s' % (items, enc(m.expand(t))))
    return count_subjects


def main():
    re312 = load_re312()
    lines = []
    count_subjects = 0
    extra = int(os.environ.get('SRE_RANDOM_CASES', '400'))
    seed = int(os.environ.get('SRE_RANDOM_SEED', '20250101'))
    cid = 0
    mixed = int(os.environ.get('SRE_MIXED_CASES', '200'))
    hand_written = len(CASES)
    for n, (pattern, flags, subjects) in enumerate(
            CASES + random_cases(extra, seed) + random_cases(mixed, seed + 1, True)):
        case_lines = []
        # random cases are many: they get the whole subject and one pos window
        windows = [(0, None)] + (POSITIONS if n < hand_written else POSITIONS[:1])
        try:
            count_subjects += record(re312, cid, pattern, flags, subjects, case_lines, windows)
        except SystemError:
            continue  # CPython itself fails on this one (e.g. "span of capturing group is wrong")
        lines.extend(case_lines)
        cid += 1
    write_api(re312)
    with open(OUT, 'w') as f:
        f.write('# generated by runtime-lib/tools/gen_sre_golden.py with CPython %s; do not edit\n'
                % sys.version.split()[0])
        f.write('\n'.join(lines) + '\n')
    print('%d patterns, %d subject runs -> %s' % (cid, count_subjects, OUT))


def write_api(re312):
    lines = []
    for name, (pattern, flags) in API_PATTERNS.items():
        captured.clear()
        re312._compiler.compile(pattern, flags)
        p12, f12, code, groups, groupindex, indexgroup = captured[-1]
        gi = ','.join('%s=%d' % (enc(k), v) for k, v in groupindex.items())
        lines.append('\t'.join(['C', name, enc(pattern), str(int(f12)), str(int(groups)),
                                ','.join(str(int(x)) for x in code), gi]))
    words = re.compile(API_PATTERNS['words'][0])
    m = words.search('  hello-42 world')
    m2 = words.search('world')
    facts = {
        'repr.words': repr(words),
        'repr.icase': repr(re.compile(*API_PATTERNS['icase'])),
        'repr.bytes_icase': repr(re.compile(*API_PATTERNS['bytes_icase'])),
        'repr.long': repr(re.compile(*API_PATTERNS['long'])),
        'repr.ascii_digit': repr(re.compile(*API_PATTERNS['ascii_digit'])),
        'repr.match.words': repr(m),
        'repr.match.long': repr(re.compile(*API_PATTERNS['long']).match('x' * 300)),
        'group.multi': repr(m.group('num', 1, 0)),
        'groups.default': repr(m2.groups('-')),
        'groupdict.default': repr(m2.groupdict(0)),
        'regs': repr(m.regs),
        'lastgroup': repr((m.lastindex, m.lastgroup, m2.lastindex, m2.lastgroup)),
        'span.unmatched': repr((m2.span(2), m2.start('num'))),
        'alt_star.span': repr(re.compile(API_PATTERNS['alt_star'][0]).match('ab' * 100000 + 'c').span()),
        'lazy_alt_star.span': repr(re.compile(API_PATTERNS['lazy_alt_star'][0]).match('ab' * 50000 + 'c').span()),
        'empty_star.finditer': repr([x.span() for x in re.finditer('x*', 'axxb')]),
    }
    for key, call in [('err.str_on_bytes', lambda: words.match(b'abc')),
                      ('err.bytes_on_str', lambda: re.compile(b'a').match('abc')),
                      ('err.int_subject', lambda: words.match(12)),
                      ('err.no_group', lambda: m.group(3)),
                      ('err.no_group_name', lambda: m.group('nope'))]:
        try:
            call()
        except Exception as e:
            facts[key] = '%s: %s' % (type(e).__name__, e)
    for k, v in facts.items():
        lines.append('F\t%s\t%s' % (k, v))
    with open(API_OUT, 'w') as f:
        f.write('# generated by runtime-lib/tools/gen_sre_golden.py with CPython %s; do not edit\n'
                % sys.version.split()[0])
        f.write('\n'.join(lines) + '\n')


if __name__ == '__main__':
    main()
