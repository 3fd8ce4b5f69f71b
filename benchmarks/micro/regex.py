"""Regex-heavy loops (not run by CI): a tokenizer matching at explicit positions, a JSON-style
number scanner, findall/sub/split/finditer over a long text, a literal search and a case-
insensitive alternation. Prints the best thread-CPU time of several rounds per section, so
JIT warm-up and other processes count less than in wall time.

CPython 3.13:  PYENV_VERSION=3.13.0 python3 -P benchmarks/micro/regex.py
Weft:          bin/weft run benchmarks/micro/regex.py   (needs the re package: the stdlib jar,
               or a copy of Lib/re next to this file)
An argument sets the number of rounds (default 15; the JVM needs more to reach steady state).
"""
import re
import sys
import time

ROUNDS = int(sys.argv[1]) if len(sys.argv) > 1 else 15

TOKEN = re.compile(r'\s*(?:(?P<num>\d+(?:\.\d*)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>[-+*/()=<>!]=?)'
                   r'|(?P<str>"(?:[^"\\]|\\.)*"))')
SRC = 'x1 = foo(12.5, "a \\"q\\" b") + bar_baz * 3 / (y - 42) >= 7 != z\n' * 2000
NUMBER = re.compile(r'(-?(?:0|[1-9]\d*))(\.\d+)?([eE][-+]?\d+)?')
NUMBERS = '[' + ', '.join(str(i * 1.5) for i in range(5000)) + ']'
STRINGCHUNK = re.compile(r'(.*?)(["\\\x00-\x1f])', re.S)
STRINGS = ''.join('"item number %d with some text \\n and escapes \\" here", ' % i for i in range(2000))
WORDS = 'lorem ipsum dolor sit amet, consectetur adipiscing elit 2024-01-15 ' * 2000


def tokenize():
    n = pos = 0
    end = len(SRC)
    while pos < end:
        m = TOKEN.match(SRC, pos)
        if m is None:
            pos += 1
            continue
        n += 1
        pos = m.end()
    return n


def numbers():
    n, i = 0, 1
    while i < len(NUMBERS):
        m = NUMBER.match(NUMBERS, i)
        if m is None:
            break
        n += 1
        i = m.end() + 2
    return n


def string_chunks():
    n = pos = 0
    while True:
        m = STRINGCHUNK.match(STRINGS, pos)
        if m is None:
            return n
        n += len(m.group(1))
        pos = m.end()


SECTIONS = [
    ('tokenize', tokenize),
    ('numbers', numbers),
    ('string_chunks', string_chunks),
    ('findall_words', lambda: len(re.findall(r'\b\w+\b', WORDS))),
    ('sub_template', lambda: len(re.sub(r'(\d+)-(\d+)-(\d+)', r'\3/\2/\1', WORDS))),
    ('split', lambda: len(re.split(r'[,\s]+', WORDS))),
    ('finditer_icase', lambda: sum(1 for _ in re.finditer(r'(?i)LOREM|DOLOR', WORDS))),
    ('findall_vowels', lambda: len(re.findall(r'[aeiou]{2,}', WORDS))),
    ('search_literal', lambda: sum(1 for _ in range(50) if re.search('adipiscing elit 2025', WORDS))),
]

total = 0.0
for name, f in SECTIONS:
    best = None
    for _ in range(ROUNDS):
        t = time.thread_time()
        result = f()
        dt = time.thread_time() - t
        best = dt if best is None else min(best, dt)
    total += best
    print('%-16s result=%-8d best=%7.2f ms' % (name, result, best * 1000))
print('%-16s %16s %7.2f ms' % ('total', '', total * 1000))
