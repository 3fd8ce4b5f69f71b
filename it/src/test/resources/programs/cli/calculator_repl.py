# A line-oriented calculator REPL reading commands from stdin: variables, expressions with a
# recursive-descent parser, history, and error recovery per line.
import sys


class CalcError(Exception):
    pass


class Parser:
    def __init__(self, text, env):
        self.tokens = self.lex(text)
        self.pos = 0
        self.env = env

    @staticmethod
    def lex(text):
        tokens, i = [], 0
        while i < len(text):
            ch = text[i]
            if ch.isspace():
                i += 1
            elif ch.isdigit() or ch == ".":
                j = i
                while j < len(text) and (text[j].isdigit() or text[j] == "."):
                    j += 1
                tokens.append(("num", text[i:j]))
                i = j
            elif ch.isalpha():
                j = i
                while j < len(text) and text[j].isalnum():
                    j += 1
                tokens.append(("id", text[i:j]))
                i = j
            elif ch in "+-*/%^()":
                tokens.append(("op", ch))
                i += 1
            else:
                raise CalcError(f"bad character {ch!r}")
        return tokens

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else (None, None)

    def take(self):
        tok = self.peek()
        self.pos += 1
        return tok

    def parse(self):
        value = self.expr()
        if self.pos != len(self.tokens):
            raise CalcError(f"unexpected {self.peek()[1]!r}")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/"), ("op", "%")):
            op = self.take()[1]
            rhs = self.factor()
            if op != "*" and rhs == 0:
                raise CalcError("division by zero")
            value = value * rhs if op == "*" else value / rhs if op == "/" else value % rhs
        return value

    def factor(self):
        base = self.unary()
        if self.peek() == ("op", "^"):
            self.take()
            return base ** self.factor()
        return base

    def unary(self):
        if self.peek() == ("op", "-"):
            self.take()
            return -self.unary()
        kind, text = self.take()
        if kind == "num":
            return float(text) if "." in text else int(text)
        if kind == "id":
            if text not in self.env:
                raise CalcError(f"unknown variable {text!r}")
            return self.env[text]
        if text == "(":
            value = self.expr()
            if self.take() != ("op", ")"):
                raise CalcError("missing ')'")
            return value
        raise CalcError("unexpected end" if kind is None else f"unexpected {text!r}")


env = {"pi": 3.141592653589793}
history = []
for lineno, line in enumerate(sys.stdin, 1):
    line = line.strip()
    if not line or line.startswith("#"):
        continue
    if line == "history":
        print(f"[{lineno}] history: {history}")
        continue
    if line == "vars":
        print(f"[{lineno}] vars: {sorted(env.items())}")
        continue
    name = None
    if "=" in line:
        name, _, line = (part.strip() for part in line.partition("="))
        if not name.isidentifier():
            print(f"[{lineno}] error: bad name {name!r}")
            continue
    try:
        value = Parser(line, env).parse()
    except CalcError as e:
        print(f"[{lineno}] error: {e}")
        continue
    if name:
        env[name] = value
    history.append(value)
    print(f"[{lineno}] {name + ' = ' if name else ''}{value}")
print(f"{len(history)} results, sum {sum(history)}")
