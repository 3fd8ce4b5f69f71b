#!/usr/bin/env python3
"""Dump CPython 3.13's token stream for Python files in Weft's comparable text format.

Usage: PYENV_VERSION=3.13.0 python3 frontend/tools/token_dump.py FILE...   (or --list LISTFILE)

For each file prints "FILE <path>", then one line per token:
    TYPE <tab> start_line <tab> start_col <tab> start_byte_col <tab> end_line <tab> end_col
         <tab> end_byte_col <tab> escaped_text
columns are 0-based code points / UTF-8 bytes (CPython's ast col_offset); TYPE is the exact
token name (keywords are NAME, as tokenize reports them). Files that do not compile print
"ERROR <tab> type <tab> msg <tab> lineno <tab> offset <tab> end_lineno <tab> end_offset <tab> text"
instead of tokens (the error compile() raises; the Java side compares it with its tokenizer
error, so files failing in the parser rather than the tokenizer will show up as mismatches).
"""
import io
import sys
import tokenize

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"


def escape(s):
    out = []
    for ch in s:
        if ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        elif ch == "\t":
            out.append("\\t")
        elif ch == "\r":
            out.append("\\r")
        elif ord(ch) < 0x20 or ord(ch) == 0x7F:
            out.append("\\u%04x" % ord(ch))
        else:
            out.append(ch)
    return "".join(out)


def source_lines(data):
    """Lines as the tokenizer sees them: decoded, \\r\\n and \\r translated to \\n."""
    enc, _ = tokenize.detect_encoding(io.BytesIO(data).readline)
    text = data.decode(enc)
    if text.startswith("\ufeff"):
        text = text[1:]
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return text.split("\n")


def byte_col(lines, line, col):
    if 1 <= line <= len(lines):
        text = lines[line - 1]
        # Columns past the end of the text are in the newline (ASCII).
        return len(text[:col].encode("utf-8", "surrogatepass")) + max(0, col - len(text))
    return col


def error_line(e):
    text = "-" if e.text is None else escape(e.text)
    return "ERROR\t%s\t%s\t%s\t%s\t%s\t%s\t%s" % (
        type(e).__name__, escape(e.msg), e.lineno or 0, e.offset or 0, e.end_lineno or 0,
        e.end_offset or 0, text)


# compile() errors that come from the tokenizer (others are the parser's: the tokens are fine).
TOKENIZER_MESSAGES = (
    "invalid decimal literal", "invalid hexadecimal literal", "invalid octal literal",
    "invalid binary literal", "invalid imaginary literal", "invalid digit", "leading zeros",
    "unterminated", "unmatched", "closing parenthesis", "was never closed", "invalid character",
    "invalid non-printable character", "unexpected character after line continuation",
    "unindent does not match", "inconsistent use of tabs", "too many levels of indentation",
    "unexpected EOF while parsing", "source code cannot contain", "f-string: expecting '}'",
    "f-string: single '}'", "f-string: unmatched", "f-string: expressions nested too deeply",
    "too many nested", "Non-UTF-8 code", "encoding problem",
)


def dump(path):
    with open(path, "rb") as f:
        data = f.read()
    out = []
    try:
        compile(data, path, "exec", dont_inherit=True)
    except SyntaxError as e:
        if e.msg.startswith(TOKENIZER_MESSAGES):
            out.append(error_line(e))
            return out
        # The parser failed first; the tokens (from tokenize) are still comparable, unless the
        # tokenizer fails later in the file, which CPython never reaches.
        out.append("PARSER-ERROR\t" + escape(e.msg))
    except (ValueError, UnicodeDecodeError) as e:
        out.append("ERROR\t%s\t%s\t0\t0\t0\t0\t-" % (type(e).__name__, escape(str(e))))
        return out
    try:
        lines = source_lines(data)
        tokens = list(tokenize.tokenize(io.BytesIO(data).readline))
    except (SyntaxError, tokenize.TokenError) as e:
        if out:
            return out
        if isinstance(e, SyntaxError):
            return [error_line(e)]
        raise
    for tok in tokens:
        if tok.type == tokenize.ENCODING:
            continue
        name = tokenize.tok_name[tok.exact_type]
        text = tok.string
        (sl, sc), (el, ec) = tok.start, tok.end
        # tokenize does not translate CRLF as the compiler does; show what the compiler sees.
        if tok.type in (tokenize.NEWLINE, tokenize.NL) and text == "\r\n":
            text = "\n"
            ec -= 1
        elif "\r\n" in text:
            text = text.replace("\r\n", "\n")
        out.append("%s\t%d\t%d\t%d\t%d\t%d\t%d\t%s" % (
            name, sl, sc, byte_col(lines, sl, sc), el, ec, byte_col(lines, el, ec), escape(text)))
    return out


def main(argv):
    if argv and argv[0] == "--list":
        with open(argv[1]) as f:
            paths = [p.strip() for p in f if p.strip()]
    else:
        paths = argv
    w = sys.stdout
    for p in paths:
        w.write("FILE %s\n" % p)
        for line in dump(p):
            w.write(line + "\n")


if __name__ == "__main__":
    main(sys.argv[1:])
