"""A small toolkit built on the ast module: a safe calculator, a linter and a constant folder."""
import ast
import math

ALLOWED_FUNCS = {"sqrt": math.sqrt, "abs": abs, "min": min, "max": max, "round": round}
BIN_OPS = {
    ast.Add: lambda a, b: a + b,
    ast.Sub: lambda a, b: a - b,
    ast.Mult: lambda a, b: a * b,
    ast.Div: lambda a, b: a / b,
    ast.FloorDiv: lambda a, b: a // b,
    ast.Mod: lambda a, b: a % b,
    ast.Pow: lambda a, b: a ** b,
}
UNARY_OPS = {ast.USub: lambda a: -a, ast.UAdd: lambda a: +a}


class CalcError(Exception):
    pass


class Calculator(ast.NodeVisitor):
    """Evaluates arithmetic on numbers and named variables, nothing else."""

    def __init__(self, variables):
        self.variables = dict(variables)

    def evaluate(self, text):
        tree = ast.parse(text, mode="eval")
        return self.visit(tree.body)

    def visit_Constant(self, node):
        if isinstance(node.value, (int, float)) and not isinstance(node.value, bool):
            return node.value
        raise CalcError(f"constant {node.value!r} not allowed at col {node.col_offset}")

    def visit_Name(self, node):
        try:
            return self.variables[node.id]
        except KeyError:
            raise CalcError(f"unknown variable {node.id!r}") from None

    def visit_BinOp(self, node):
        op = BIN_OPS.get(type(node.op))
        if op is None:
            raise CalcError(f"operator {type(node.op).__name__} not allowed")
        return op(self.visit(node.left), self.visit(node.right))

    def visit_UnaryOp(self, node):
        op = UNARY_OPS.get(type(node.op))
        if op is None:
            raise CalcError(f"unary {type(node.op).__name__} not allowed")
        return op(self.visit(node.operand))

    def visit_Call(self, node):
        if not isinstance(node.func, ast.Name) or node.func.id not in ALLOWED_FUNCS:
            raise CalcError(f"call to {ast.unparse(node.func)} not allowed")
        if node.keywords:
            raise CalcError("keyword arguments not allowed")
        return ALLOWED_FUNCS[node.func.id](*[self.visit(a) for a in node.args])

    def generic_visit(self, node):
        raise CalcError(f"{type(node).__name__} not allowed (line {node.lineno}, col {node.col_offset})")


calc = Calculator({"x": 3, "y": 4.5, "rate": 0.07})
for text in ["1 + 2 * 3", "sqrt(x ** 2 + 16)", "-(y // 2) % 3", "max(x, y, 10) * rate",
             "round(100 * (1 + rate) ** 5, 2)", "x if y else 0", "__import__('os')", "z + 1",
             "'a' * 3", "x << 2", "[1, 2]", "(1 + 2", "1 + * 2"]:
    try:
        print(f"{text!r:32} = {calc.evaluate(text)!r}")
    except CalcError as e:
        print(f"{text!r:32} ! {e}")
    except SyntaxError as e:
        print(f"{text!r:32} ! SyntaxError: {e.msg} (offset {e.offset})")

SOURCE = '''
"""Demo module for the linter."""
import os
import sys, json

LIMIT = 10

def compute(values, scale=2):
    """Scale and sum the values."""
    total = 0
    unused = 5
    for v in values:
        if v > LIMIT:
            continue
        elif v < 0:
            total -= v
        else:
            total += v * scale
    return total

def helper(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None

class Report:
    def render(self, rows):
        while rows:
            row = rows.pop()
            print(row)
        return json.dumps({})
'''


class Linter(ast.NodeVisitor):
    def __init__(self):
        self.messages = []
        self.imported = {}
        self.used = set()

    def report(self, node, text):
        self.messages.append((node.lineno, node.col_offset, text))

    def visit_Import(self, node):
        for alias in node.names:
            self.imported[alias.asname or alias.name] = node
        self.generic_visit(node)

    def visit_Name(self, node):
        if isinstance(node.ctx, ast.Load):
            self.used.add(node.id)

    def visit_FunctionDef(self, node):
        if ast.get_docstring(node) is None:
            self.report(node, f"function {node.name!r} has no docstring")
        branches = sum(isinstance(n, (ast.If, ast.For, ast.While, ast.Try, ast.ExceptHandler))
                       for n in ast.walk(node))
        print(f"  complexity of {node.name}: {1 + branches}")
        assigned = {t.id for n in ast.walk(node) if isinstance(n, ast.Assign)
                    for t in n.targets if isinstance(t, ast.Name)}
        loaded = {n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}
        for name in sorted(assigned - loaded):
            self.report(node, f"local {name!r} assigned but never used in {node.name}")
        self.generic_visit(node)

    def finish(self):
        for name, node in self.imported.items():
            if name not in self.used:
                self.report(node, f"module {name!r} imported but unused")
        return sorted(self.messages)


tree = ast.parse(SOURCE, filename="demo.py")
print("module doc:", ast.get_docstring(tree))
linter = Linter()
linter.visit(tree)
for line, col, text in linter.finish():
    print(f"demo.py:{line}:{col}: {text}")


class ConstantFolder(ast.NodeTransformer):
    def visit_BinOp(self, node):
        self.generic_visit(node)
        if isinstance(node.left, ast.Constant) and isinstance(node.right, ast.Constant):
            op = BIN_OPS.get(type(node.op))
            if op is not None:
                return ast.copy_location(ast.Constant(op(node.left.value, node.right.value)), node)
        return node


class PrintTagger(ast.NodeTransformer):
    """Prefixes every print() call's arguments with a tag."""

    def visit_Call(self, node):
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "print":
            node.args.insert(0, ast.Constant("[tagged]"))
        return node


program = """
width = 2 * 8 + 4
height = (10 - 4) * 3
print("area", width * height)
print("ratio", width / height, 60 * 60 * 24)
for i in range(3):
    print(i, i * (1 + 1))
"""
tree = ast.parse(program)
folded = ConstantFolder().visit(tree)
tagged = ast.fix_missing_locations(PrintTagger().visit(folded))
print(ast.unparse(tagged))
exec(compile(tagged, "<tagged>", "exec"), {})

shifted = ast.parse("a = 1\nb = a + 1")
ast.increment_lineno(shifted, 100)
print([(type(n).__name__, n.lineno, n.end_lineno) for n in shifted.body])
print(ast.literal_eval("{'name': 'widget', 'sizes': (1, 2.5, -3), 'tags': {'a', 'b'} , 'ok': True}")["sizes"])
try:
    ast.literal_eval("open('x')")
except ValueError as e:
    print("literal_eval refused:", str(e).split(":")[0])
counts = {}
for node in ast.walk(ast.parse(SOURCE)):
    counts[type(node).__name__] = counts.get(type(node).__name__, 0) + 1
print(sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
