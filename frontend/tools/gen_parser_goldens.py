#!/usr/bin/env python3
"""Generates the parser's golden files from CPython 3.13 (run with PYENV_VERSION=3.13.0 python3).

For every frontend/src/test/resources/parser/ok/NAME.py it writes NAME.tokens (CPython's tokens, so
the grammar is tested independently of the tokenizer) and NAME.ast (ast.dump without, then with,
attributes). For parser/errors/cases.txt (snippets separated by lines '---') it writes
errors/expected.txt: per case a header line '=== type<TAB>msg<TAB>lineno<TAB>offset<TAB>end_lineno
<TAB>end_offset' followed by the snippet's tokens.

Token lines: TYPE<TAB>start_line<TAB>start_col<TAB>end_line<TAB>end_col<TAB>hex(UTF-8 text), with
columns in UTF-8 bytes as CPython's AST positions; NL and COMMENT tokens are left out.
"""
import ast
import io
import keyword
import os
import sys
import token
import tokenize

if sys.version_info[:2] != (3, 13):
    sys.exit("needs CPython 3.13")

ROOT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "test", "resources", "parser")
KEYWORDS = set(keyword.kwlist)


def token_lines(text):
    lines = text.splitlines(keepends=True)

    def byte_col(line, col):
        return len(lines[line - 1][:col].encode("utf-8")) if line - 1 < len(lines) else col

    out = []
    for t in tokenize.generate_tokens(io.StringIO(text).readline):
        if t.type in (tokenize.NL, tokenize.COMMENT):
            continue
        name = token.tok_name[t.exact_type]
        if t.type == tokenize.NAME and t.string in KEYWORDS:
            name = t.string.upper()
        (sl, sc), (el, ec) = t.start, t.end
        out.append("%s\t%d\t%d\t%d\t%d\t%s" % (name, sl, byte_col(sl, sc), el, byte_col(el, ec),
                                               t.string.encode("utf-8").hex()))
    return out


def main():
    ok = os.path.join(ROOT, "ok")
    for name in sorted(os.listdir(ok)):
        if not name.endswith(".py"):
            continue
        base = os.path.join(ok, name[:-3])
        with open(os.path.join(ok, name), encoding="utf-8") as f:
            text = f.read()
        tree = ast.parse(text)
        with open(base + ".tokens", "w", encoding="utf-8") as f:
            f.write("\n".join(token_lines(text)) + "\n")
        with open(base + ".ast", "w", encoding="utf-8") as f:
            f.write(ast.dump(tree) + "\n" + ast.dump(tree, include_attributes=True) + "\n")
    errors = os.path.join(ROOT, "errors")
    with open(os.path.join(errors, "cases.txt"), encoding="utf-8") as f:
        cases = f.read().split("\n---\n")
    with open(os.path.join(errors, "expected.txt"), "w", encoding="utf-8") as out:
        for case in cases:
            source = case.rstrip("\n") + "\n"
            try:
                ast.parse(source)
                sys.exit("case parses without error: %r" % source)
            except SyntaxError as e:
                header = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
            out.write("=== " + "\t".join(str(h) for h in header) + "\n")
            out.write("\n".join(token_lines(source)) + "\n")


if __name__ == "__main__":
    main()
