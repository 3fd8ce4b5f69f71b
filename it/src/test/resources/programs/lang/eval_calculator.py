"""A calculator: expressions are compiled once with compile(..., 'eval') and evaluated with
eval() against a restricted namespace; assignments go through exec() into the variables."""

import math

SAFE = {"__builtins__": {}, "sqrt": math.sqrt, "abs": abs, "min": min, "max": max, "round": round,
        "pi": math.pi}


class Calculator:
    def __init__(self):
        self.variables = {}
        self.cache = {}
        self.history = []

    def compiled(self, text):
        code = self.cache.get(text)
        if code is None:
            code = compile(text, "<calc>", "eval")
            self.cache[text] = code
        return code

    def run(self, line):
        line = line.strip()
        if "=" in line and not any(op in line for op in ("==", "<=", ">=", "!=")):
            name, expr = [part.strip() for part in line.split("=", 1)]
            if not name.isidentifier():
                raise SyntaxError("cannot assign to " + repr(name))
            value = eval(self.compiled(expr), SAFE, self.variables)
            exec(name + " = _value", SAFE, self.variables | {"_value": value})
            self.variables[name] = value
            return name, value
        value = eval(self.compiled(line), SAFE, self.variables)
        self.history.append(value)
        return "_", value


calc = Calculator()
session = [
    "1 + 2 * 3",
    "x = 7",
    "y = x ** 2 - 1",
    "y / (x - 7)",
    "sqrt(y + 1)",
    "max(x, y, 3) - min(1, 2)",
    "radius = 2.5",
    "round(pi * radius ** 2, 3)",
    "x == 7",
    "undefined_name + 1",
    "3 +* 4",
    "[v for v in (x, y) if v > 10]",
    "open('/etc/passwd')",
    "1 + 2 * 3",
]
for line in session:
    try:
        name, value = calc.run(line)
        print("{:<28} -> {} = {!r}".format(line, name, value))
    except ZeroDivisionError as e:
        print("{:<28} !! ZeroDivisionError: {}".format(line, e))
    except NameError as e:
        print("{:<28} !! NameError: {}".format(line, e))
    except SyntaxError as e:
        print("{:<28} !! SyntaxError: {} (line {}, file {})".format(line, e.msg, e.lineno, e.filename))

print("cached:", sorted(calc.cache))
print("variables:", sorted(calc.variables.items()))
print("history:", calc.history)

# eval sees the caller's variables by default, and a separate locals mapping shadows globals
scale = 10


def scaled(n):
    factor = 3
    return eval("n * factor * scale")


print(scaled(2), eval("scale + 1"), eval("scale", {"scale": 1}), eval("scale", {"scale": 1}, {"scale": 2}))

# code objects
code = compile("a * b", "formula.py", "eval")
print(code.co_name, code.co_filename, [eval(code, {"a": a, "b": a + 1}) for a in range(4)])
program = compile("total = 0\nfor i in range(5):\n    total += i\n", "loop.py", "exec")
ns = {}
exec(program, ns)
print(ns["total"], "__builtins__" in ns)
exec(compile("2 ** 10", "<stdin>", "single"))
