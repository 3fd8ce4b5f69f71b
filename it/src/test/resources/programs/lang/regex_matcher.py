# A tiny backtracking regex engine: literals, ., character classes, anchors, * + ? and groups.


class Node:
    pass


class Char(Node):
    def __init__(self, ch):
        self.ch = ch

    def matches(self, c):
        return c == self.ch


class Any(Node):
    def matches(self, c):
        return c != "\n"


class CharClass(Node):
    def __init__(self, ranges, negated):
        self.ranges, self.negated = ranges, negated

    def matches(self, c):
        inside = any(lo <= c <= hi for lo, hi in self.ranges)
        return inside != self.negated


class Repeat(Node):
    def __init__(self, node, lo, hi):
        self.node, self.lo, self.hi = node, lo, hi


class Group(Node):
    def __init__(self, alternatives):
        self.alternatives = alternatives


def parse(pattern):
    pos = 0

    def parse_alt():
        nonlocal pos
        alternatives = [parse_seq()]
        while pos < len(pattern) and pattern[pos] == "|":
            pos += 1
            alternatives.append(parse_seq())
        return Group(alternatives)

    def parse_seq():
        nonlocal pos
        seq = []
        while pos < len(pattern) and pattern[pos] not in "|)":
            atom = parse_atom()
            if pos < len(pattern) and pattern[pos] in "*+?":
                q = pattern[pos]
                pos += 1
                atom = Repeat(atom, 1 if q == "+" else 0, 1 if q == "?" else None)
            seq.append(atom)
        return seq

    def parse_atom():
        nonlocal pos
        c = pattern[pos]
        pos += 1
        if c == ".":
            return Any()
        if c == "(":
            g = parse_alt()
            pos += 1
            return g
        if c == "[":
            negated = pattern[pos] == "^"
            if negated:
                pos += 1
            ranges = []
            while pattern[pos] != "]":
                lo = pattern[pos]
                if pattern[pos + 1] == "-" and pattern[pos + 2] != "]":
                    ranges.append((lo, pattern[pos + 2]))
                    pos += 3
                else:
                    ranges.append((lo, lo))
                    pos += 1
            pos += 1
            return CharClass(ranges, negated)
        if c == "\\":
            esc = pattern[pos]
            pos += 1
            if esc == "d":
                return CharClass([("0", "9")], False)
            if esc == "w":
                return CharClass([("a", "z"), ("A", "Z"), ("0", "9"), ("_", "_")], False)
            if esc == "s":
                return CharClass([(" ", " "), ("\t", "\t"), ("\n", "\n")], False)
            return Char(esc)
        return Char(c)

    return parse_alt()


def match_seq(seq, text, i, k):
    """Match the nodes in seq at text[i:], then call continuation k with the end index."""
    if not seq:
        return k(i)
    first, rest = seq[0], seq[1:]
    if isinstance(first, Group):
        for alt in first.alternatives:
            r = match_seq(alt, text, i, lambda j: match_seq(rest, text, j, k))
            if r is not None:
                return r
        return None
    if isinstance(first, Repeat):
        def attempt(count, j):
            if first.hi is None or count < first.hi:
                r = match_seq([first.node], text, j,
                              lambda e: attempt(count + 1, e) if e != j else None)
                if r is not None:
                    return r
            if count >= first.lo:
                return match_seq(rest, text, j, k)
            return None
        return attempt(0, i)
    if i < len(text) and first.matches(text[i]):
        return match_seq(rest, text, i + 1, k)
    return None


def search(pattern, text):
    anchored_start = pattern.startswith("^")
    anchored_end = pattern.endswith("$") and not pattern.endswith("\\$")
    core = pattern[1 if anchored_start else 0: -1 if anchored_end else None]
    tree = parse(core)
    starts = [0] if anchored_start else range(len(text) + 1)
    for s in starts:
        end = match_seq([tree], text, s, lambda j: j if not anchored_end or j == len(text) else None)
        if end is not None:
            return s, end, text[s:end]
    return None


cases = [
    ("abc", "xxabcxx"), ("a.c", "abc adc"), ("colou?r", "the color red"), ("colou?r", "colour"),
    ("ab*c", "ac abbbc"), ("ab+c", "ac abbbc"), ("^hello", "hello world"), ("^world", "hello world"),
    ("world$", "hello world"), ("[0-9]+", "order 66 now"), ("[^aeiou ]+", "aei xyz"),
    ("\\d+-\\d+", "call 555-1234 today"), ("(cat|dog)s?", "hotdogs"), ("(ab)+", "xababab"),
    ("^(a|b)*c$", "abbac"), ("^(a|b)*c$", "abbad"), ("\\w+@\\w+\\.com", "mail bob@site.com!"),
    ("a*a*a*b", "aaaaaaaaaaaaaaaaaaab"), ("x?y?z?", ""), ("(red|green|blue) (car|bike)", "a blue bike"),
    ("h.*o", "hello world"), ("h.*?o", "hello"), ("[a-c][x-z]", "bz cy"), ("\\.", "end."),
]
for pattern, text in cases:
    found = search(pattern, text)
    print(f"{pattern:<24} {text!r:<28} -> {found}")

import re
agree = 0
for pattern, text in cases:
    if "*?" in pattern:
        continue
    mine = search(pattern, text)
    m = re.search(pattern, text)
    theirs = (m.start(), m.end(), m.group()) if m else None
    agree += mine == theirs
    if mine != theirs:
        print("differs from re:", pattern, mine, theirs)
print("agreement with re:", agree)
