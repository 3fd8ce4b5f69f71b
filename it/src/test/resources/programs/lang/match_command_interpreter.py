"""A small stack-machine command interpreter and expression evaluator built on match statements."""


class Num:
    __match_args__ = ("value",)

    def __init__(self, value):
        self.value = value

    def __repr__(self):
        return f"Num({self.value!r})"


class Var:
    __match_args__ = ("name",)

    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Var({self.name!r})"


class BinOp:
    __match_args__ = ("op", "left", "right")

    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def __repr__(self):
        return f"BinOp({self.op!r}, {self.left!r}, {self.right!r})"


class Call:
    __match_args__ = ("func", "args")

    def __init__(self, func, args):
        self.func = func
        self.args = args


class Let:
    __match_args__ = ("name", "value", "body")

    def __init__(self, name, value, body):
        self.name = name
        self.value = value
        self.body = body


def simplify(node):
    match node:
        case BinOp("+", Num(0), x) | BinOp("+", x, Num(0)):
            return simplify(x)
        case BinOp("*", Num(1), x) | BinOp("*", x, Num(1)):
            return simplify(x)
        case BinOp("*", Num(0), _) | BinOp("*", _, Num(0)):
            return Num(0)
        case BinOp(op, Num(a), Num(b)):
            return Num(apply(op, a, b))
        case BinOp(op, left, right):
            l, r = simplify(left), simplify(right)
            if isinstance(l, Num) and isinstance(r, Num):
                return Num(apply(op, l.value, r.value))
            return BinOp(op, l, r)
        case _:
            return node


def apply(op, a, b):
    match op:
        case "+":
            return a + b
        case "-":
            return a - b
        case "*":
            return a * b
        case "/" if b == 0:
            raise ZeroDivisionError("division by zero in expression")
        case "/":
            return a / b
        case "**":
            return a ** b
        case other:
            raise ValueError(f"unknown operator {other!r}")


FUNCTIONS = {"max": max, "min": min, "abs": abs, "len": len}


def evaluate(node, env):
    match node:
        case Num(int(v)) | Num(float(v)):
            return v
        case Num(str(text)):
            return len(text)
        case Var(name) if name in env:
            return env[name]
        case Var(name):
            raise NameError(f"undefined variable {name!r}")
        case BinOp(op, left, right):
            return apply(op, evaluate(left, env), evaluate(right, env))
        case Call(func=fname, args=[]):
            raise TypeError(f"{fname}() needs arguments")
        case Call(fname, [single]) if fname == "abs":
            return abs(evaluate(single, env))
        case Call(fname, [first, *rest]):
            values = [evaluate(a, env) for a in [first, *rest]]
            return FUNCTIONS[fname](values) if fname == "len" else FUNCTIONS[fname](*values)
        case Let(name, value, body):
            inner = dict(env)
            inner[name] = evaluate(value, env)
            return evaluate(body, inner)
        case unknown:
            raise TypeError(f"cannot evaluate {unknown!r}")


def run_commands(lines):
    stack = []
    env = {}
    for line in lines:
        match line.split():
            case []:
                continue
            case ["push", number]:
                stack.append(int(number))
            case ["pop"]:
                print("  popped", stack.pop() if stack else None)
            case ["add" | "sub" | "mul" as op]:
                b, a = stack.pop(), stack.pop()
                stack.append({"add": a + b, "sub": a - b, "mul": a * b}[op])
            case ["dup"]:
                stack.append(stack[-1])
            case ["store", name]:
                env[name] = stack.pop()
            case ["load", name] if name in env:
                stack.append(env[name])
            case ["load", name]:
                print(f"  error: no variable {name}")
            case ["print", *names] if names:
                print("  " + ", ".join(f"{n}={env.get(n)}" for n in names))
            case ["print"]:
                print("  stack", stack)
            case [command, *args]:
                print(f"  unknown command {command!r} with {len(args)} argument(s)")
    return stack, env


def classify(value):
    match value:
        case bool():
            return "bool"
        case int(n) if n < 0:
            return "negative int"
        case int():
            return "int"
        case float() | complex():
            return "number"
        case str() | bytes():
            return "text"
        case (x, y):
            return f"pair of {classify(x)} and {classify(y)}"
        case [*items] if all(isinstance(i, int) for i in items):
            return f"int sequence of {len(items)}"
        case {"type": t, **rest}:
            return f"tagged {t} with {sorted(rest)}"
        case {}:
            return "mapping"
        case None:
            return "nothing"
        case _:
            return type(value).__name__


expr = BinOp("+", BinOp("*", Num(1), Var("x")), BinOp("*", Num(3), Num(4)))
print("simplified:", simplify(expr))
print("simplified zero:", simplify(BinOp("*", Var("y"), Num(0))))
print("x=5:", evaluate(expr, {"x": 5}))
print("let:", evaluate(Let("y", Num(10), BinOp("**", Var("y"), Num(2))), {}))
print("call max:", evaluate(Call("max", [Num(3), Var("x"), Num(8)]), {"x": 11}))
print("call abs:", evaluate(Call("abs", [BinOp("-", Num(2), Num(9))]), {}))
print("call len:", evaluate(Call("len", [Num(1), Num(2)]), {}))
print("string num:", evaluate(Num("hello"), {}))
for bad in [Var("zz"), Call("max", []), BinOp("/", Num(1), Num(0)), BinOp("%", Num(1), Num(2)), "oops"]:
    try:
        evaluate(bad, {})
    except (NameError, TypeError, ZeroDivisionError, ValueError) as e:
        print(f"error {type(e).__name__}: {e}")

program = """
push 3
push 4
add
dup
mul
store total
load total
push 2
sub
print
print total missing
load nothing
frobnicate a b
pop
pop
"""
final_stack, final_env = run_commands(program.splitlines())
print("final", final_stack, final_env)

for v in [True, -3, 7, 2.5, 1j, "s", b"b", (1, "a"), [1, 2, 3], [1, "x"], {"type": "pt", "x": 1, "y": 2},
          {}, {"a": 1}, None, range(3), object]:
    print(repr(v), "->", classify(v))
