# A tokenizer for a small language built from one master regex with named groups, with line and
# column tracking and error reporting; then a tiny interpreter over the tokens.
import re

TOKEN_SPEC = [
    ("NUMBER", r"\d+(?:\.\d+)?"),
    ("STRING", r'"(?:\\.|[^"\\])*"'),
    ("NAME", r"[A-Za-z_]\w*"),
    ("OP", r"==|!=|<=|>=|[-+*/%<>=(){},;]"),
    ("NEWLINE", r"\n"),
    ("SKIP", r"[ \t]+|#[^\n]*"),
    ("MISMATCH", r"."),
]
MASTER = re.compile("|".join(f"(?P<{name}>{pattern})" for name, pattern in TOKEN_SPEC))
KEYWORDS = {"let", "print", "while", "if", "else"}


def tokenize(code):
    line, line_start = 1, 0
    for m in MASTER.finditer(code):
        kind, value = m.lastgroup, m.group()
        column = m.start() - line_start + 1
        if kind == "NEWLINE":
            line_start = m.end()
            line += 1
            continue
        if kind == "SKIP":
            continue
        if kind == "MISMATCH":
            raise SyntaxError(f"unexpected {value!r} at {line}:{column}")
        if kind == "NAME" and value in KEYWORDS:
            kind = value.upper()
        if kind == "NUMBER":
            value = float(value) if "." in value else int(value)
        elif kind == "STRING":
            value = bytes(value[1:-1], "utf-8").decode("unicode_escape")
        yield kind, value, line, column


PROGRAM = '''
let n = 10;   # count down
let total = 0;
while (n > 0) {
    let total = total + n * n;
    let n = n - 1;
}
print "sum of squares:", total;
if (total == 385) { print "correct\\tanswer"; } else { print "wrong"; }
print 7 / 2, 7 % 3, 2.5 * 4;
'''
tokens = list(tokenize(PROGRAM))
print(len(tokens), tokens[:6])
print(sorted({kind for kind, *_ in tokens}))


class Interpreter:
    def __init__(self, tokens):
        self.toks = tokens
        self.i = 0
        self.env = {}

    def peek(self):
        return self.toks[self.i][:2] if self.i < len(self.toks) else ("EOF", None)

    def eat(self, kind, value=None):
        k, v = self.peek()
        if k != kind or (value is not None and v != value):
            raise SyntaxError(f"expected {value or kind}, got {v!r}")
        self.i += 1
        return v

    def block(self, run):
        self.eat("OP", "{")
        while self.peek() != ("OP", "}"):
            self.statement(run)
        self.eat("OP", "}")

    def statement(self, run=True):
        kind, _ = self.peek()
        if kind == "LET":
            self.eat("LET")
            name = self.eat("NAME")
            self.eat("OP", "=")
            value = self.expr()
            if run:
                self.env[name] = value
            self.eat("OP", ";")
        elif kind == "PRINT":
            self.eat("PRINT")
            values = [self.expr()]
            while self.peek() == ("OP", ","):
                self.eat("OP")
                values.append(self.expr())
            self.eat("OP", ";")
            if run:
                print(*values)
        elif kind == "WHILE":
            start = self.i
            while True:
                self.i = start
                self.eat("WHILE")
                cond = self.expr()
                self.block(run and cond)
                if not (run and cond):
                    break
        elif kind == "IF":
            self.eat("IF")
            cond = self.expr()
            self.block(run and cond)
            if self.peek()[0] == "ELSE":
                self.eat("ELSE")
                self.block(run and not cond)
        else:
            raise SyntaxError(f"unexpected {self.peek()[1]!r}")

    def expr(self):
        left = self.arith()
        while self.peek()[1] in ("==", "!=", "<", ">", "<=", ">="):
            op = self.eat("OP")
            right = self.arith()
            left = {"==": left == right, "!=": left != right, "<": left < right, ">": left > right,
                    "<=": left <= right, ">=": left >= right}[op]
        return left

    def arith(self):
        left = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.eat("OP")
            right = self.term()
            left = left + right if op == "+" else left - right
        return left

    def term(self):
        left = self.atom()
        while self.peek()[1] in ("*", "/", "%"):
            op = self.eat("OP")
            right = self.atom()
            left = left * right if op == "*" else left / right if op == "/" else left % right
        return left

    def atom(self):
        kind, value = self.peek()
        if kind in ("NUMBER", "STRING"):
            self.i += 1
            return value
        if kind == "NAME":
            self.i += 1
            return self.env.get(value, 0)
        self.eat("OP", "(")
        value = self.expr()
        self.eat("OP", ")")
        return value


interp = Interpreter(tokens)
while interp.peek()[0] != "EOF":
    interp.statement()
print(sorted(interp.env.items()))
for bad in ["let x = 1 $ 2;", 'print "open', "let = 5;"]:
    try:
        Interpreter(list(tokenize(bad))).statement()
    except SyntaxError as e:
        print("SyntaxError:", e)
