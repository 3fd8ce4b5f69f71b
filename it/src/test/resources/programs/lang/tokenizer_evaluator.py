# A tokenizer, a Pratt parser and a tree-walking evaluator for a small expression language.

KEYWORDS = {"let", "in", "if", "then", "else", "fn"}


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"Token({self.kind}, {self.text!r}, {self.pos})"


class LexError(Exception):
    pass


def tokenize(source):
    tokens = []
    i = 0
    while i < len(source):
        ch = source[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit():
            start = i
            while i < len(source) and (source[i].isdigit() or source[i] == "."):
                i += 1
            tokens.append(Token("num", source[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(source) and (source[i].isalnum() or source[i] == "_"):
                i += 1
            word = source[start:i]
            tokens.append(Token("kw" if word in KEYWORDS else "name", word, start))
        elif source.startswith("**", i) or source.startswith("==", i) or source.startswith("->", i):
            tokens.append(Token("op", source[i:i + 2], i))
            i += 2
        elif ch in "+-*/%()<>=,":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise LexError(f"unexpected {ch!r} at {i}")
    tokens.append(Token("eof", "", len(source)))
    return tokens


BINARY = {"==": 1, "<": 1, ">": 1, "+": 2, "-": 2, "*": 3, "/": 3, "%": 3, "**": 5}
RIGHT_ASSOC = {"**"}


class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise SyntaxError(f"expected {text!r} but got {tok.text!r} at {tok.pos}")
        return tok

    def parse(self):
        node = self.expr(0)
        if self.peek().kind != "eof":
            raise SyntaxError(f"trailing input at {self.peek().pos}")
        return node

    def expr(self, min_prec):
        left = self.prefix()
        while True:
            tok = self.peek()
            if tok.text == "(" and tok.kind == "op":
                self.advance()
                args = []
                if self.peek().text != ")":
                    args.append(self.expr(0))
                    while self.peek().text == ",":
                        self.advance()
                        args.append(self.expr(0))
                self.expect(")")
                left = ("call", left, args)
                continue
            prec = BINARY.get(tok.text) if tok.kind == "op" else None
            if prec is None or prec < min_prec:
                return left
            self.advance()
            next_min = prec if tok.text in RIGHT_ASSOC else prec + 1
            left = ("bin", tok.text, left, self.expr(next_min))

    def prefix(self):
        tok = self.advance()
        if tok.kind == "num":
            return ("num", float(tok.text) if "." in tok.text else int(tok.text))
        if tok.kind == "name":
            return ("var", tok.text)
        if tok.text == "-":
            return ("neg", self.expr(4))
        if tok.text == "(":
            inner = self.expr(0)
            self.expect(")")
            return inner
        if tok.text == "let":
            name = self.advance().text
            self.expect("=")
            value = self.expr(0)
            self.expect("in")
            return ("let", name, value, self.expr(0))
        if tok.text == "if":
            cond = self.expr(0)
            self.expect("then")
            yes = self.expr(0)
            self.expect("else")
            return ("if", cond, yes, self.expr(0))
        if tok.text == "fn":
            params = []
            while self.peek().kind == "name":
                params.append(self.advance().text)
            self.expect("->")
            return ("fn", params, self.expr(0))
        raise SyntaxError(f"unexpected {tok.text!r} at {tok.pos}")


class Closure:
    def __init__(self, params, body, env):
        self.params, self.body, self.env = params, body, env


def evaluate(node, env):
    kind = node[0]
    if kind == "num":
        return node[1]
    if kind == "var":
        if node[1] not in env:
            raise NameError(f"unbound {node[1]}")
        return env[node[1]]
    if kind == "neg":
        return -evaluate(node[1], env)
    if kind == "bin":
        a, b = evaluate(node[2], env), evaluate(node[3], env)
        match node[1]:
            case "+": return a + b
            case "-": return a - b
            case "*": return a * b
            case "/": return a / b
            case "%": return a % b
            case "**": return a ** b
            case "==": return int(a == b)
            case "<": return int(a < b)
            case ">": return int(a > b)
    if kind == "let":
        return evaluate(node[3], {**env, node[1]: evaluate(node[2], env)})
    if kind == "if":
        return evaluate(node[2] if evaluate(node[1], env) else node[3], env)
    if kind == "fn":
        return Closure(node[1], node[2], env)
    if kind == "call":
        fn = evaluate(node[1], env)
        args = [evaluate(a, env) for a in node[2]]
        if callable(fn):
            return fn(*args)
        local = dict(fn.env)
        local.update(zip(fn.params, args))
        local["self"] = fn
        return evaluate(fn.body, local)
    raise ValueError(kind)


def show(node):
    if node[0] == "num":
        return str(node[1])
    if node[0] == "var":
        return node[1]
    if node[0] == "bin":
        return f"({show(node[2])} {node[1]} {show(node[3])})"
    if node[0] == "neg":
        return f"(-{show(node[1])})"
    return node[0]


GLOBALS = {"max": max, "min": min, "abs": abs}
PROGRAMS = [
    "1 + 2 * 3",
    "(1 + 2) * 3",
    "2 ** 3 ** 2",
    "-2 ** 2",
    "10 / 4 + 7 % 3",
    "let x = 5 in x * x - 1",
    "let f = fn a b -> a * 10 + b in f(4, 2)",
    "let fact = fn n -> if n < 2 then 1 else n * self(n - 1) in fact(25)",
    "max(3, 9, 4) - min(8, 2)",
    "if 1 == 1 then 2.5 * 2 else 0",
    "let y = 3 in z + y",
    "1 + * 2",
    "3 $ 4",
]

for program in PROGRAMS:
    try:
        tree = Parser(tokenize(program)).parse()
        print(f"{program:<58} {show(tree):<24} => {evaluate(tree, GLOBALS)!r}")
    except (SyntaxError, NameError, LexError) as exc:
        print(f"{program:<58} error {type(exc).__name__}: {exc}")

print(tokenize("let a1 = 2 ** x")[:4])
