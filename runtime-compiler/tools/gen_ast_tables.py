"""Generates the golden table of AstTableTest with CPython 3.13.

Run from the repository root:
    PYENV_VERSION=3.13.0 python3 runtime-compiler/tools/gen_ast_tables.py

Each case is a Python expression evaluated with the helpers of
src/test/resources/ast/canon.py (parse, canon, run, located, error) and `_ast` in scope.
The table src/test/resources/ast/cases.tsv gets ``repr(case)<TAB>canon(value)`` (newlines
escaped as \\n), or ``!Type: message`` if the case raised. AstTableTest runs the same cases on Weft
(object addresses, `at 0x...`, are compared without their digits).
"""
import os
import sys
import warnings

assert sys.version_info[:2] == (3, 13), "run with CPython 3.13"
HERE = os.path.dirname(os.path.abspath(__file__))
RES = os.path.join(HERE, "..", "src", "test", "resources", "ast")

SOURCES = [
    "x = 1",
    "x = 1 + 2 * y - -z",
    "a, *b = c[1:2, ::3]",
    "del a[0], b.c",
    "x += f(1, *a, k=2, **kw)",
    "x: int = 5",
    "import os.path as p, sys",
    "from ..pkg import (a as b, c)",
    "from . import x",
    "global g; nonlocal_ = 1",
    "if a:\n    pass\nelif b:\n    x = 1\nelse:\n    y = 2",
    "for i, j in z:\n    break\nelse:\n    continue",
    "async def f():\n    async for x in y:\n        await x\n    async with a as b, c:\n        pass",
    "while x < 10 <= y:\n    x = x if x else not x",
    "def f(a, /, b: int = 1, *args, c, d=2, **kw) -> str:\n    'doc'\n    return a",
    "@dec\nclass C(B, metaclass=M):\n    x = 1\n    def m(self): yield from self",
    "class G[T: int, *Ts, **P]:\n    pass",
    "type Alias[T = int] = list[T]",
    "try:\n    pass\nexcept (A, B) as e:\n    raise X from e\nexcept C:\n    pass\nelse:\n    pass\nfinally:\n    pass",
    "try:\n    pass\nexcept* ValueError:\n    pass",
    "with open(f) as (a, b):\n    assert a, 'msg'",
    "lambda x, *, y=1: (x, y)",
    "[x for x in y if x for z in x]",
    "{k: v for k, v in d.items()}; {s for s in t}; (g for g in h)",
    "f'{x!r:>{w}} and {y=}'",
    "b'bytes' 'implicit' u'u'",
    "'\u00e9t\u00e9' + x  # UTF-8 columns",
    "\u00e9 = '\u20ac'; \u00e9.x",
    "x = 1_000 + 0x1f + 1.5e3 + 2j + True + None + ...",
    "match p:\n    case [1, *rest] | {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) if x:\n        pass\n    case None | 'a' as z:\n        pass",
    "(yield)\n",
    "a @ b // c % d ** e << f >> g | h ^ i & j",
    "not a and b or c is not d in e not in f",
    "x = (a := 10)",
    "print(*a, sep='')",
    "@property\ndef f(): ...",
]

CASES = [("canon(parse(%r))" % s) for s in SOURCES] + [
    "canon(parse('x + 1', 'eval'))",
    "canon(parse('x = 1; y', 'single'))",
    "canon(parse(b'x = 1'))",
    "canon(compile('x = 1  # a comment', '<s>', 'exec', _ast.PyCF_ONLY_AST | _ast.PyCF_TYPE_COMMENTS))",
    "canon(parse('(int, str) -> bool', 'func_type'))",
    "canon(parse('() -> None', 'func_type'))",
    "canon(parse('((a, b)) -> c', 'func_type'))",
    "canon(parse('(int) -> List[int]', 'func_type'))",
    "error(lambda: parse('int -> bool', 'func_type'))",
    "error(lambda: compile('x', '<s>', 'func_type'))",
    "error(lambda: parse('x = ('))",
    "error(lambda: parse('def f(:'))",
    "error(lambda: parse('x = 1', 'bogus'))",
    # shared singletons, as CPython's parser gives them
    "(lambda t: t.body[0].value.left.ctx is t.body[0].value.right.ctx)(parse('a + b'))",
    "_ast.Load() is _ast.Load()",
    # the classes
    "(_ast.Name._fields, _ast.Name.__match_args__, _ast.expr._attributes, _ast.Name._field_types)",
    "(_ast.arguments._field_types['vararg'], _ast.Module._field_types, _ast.Constant.kind, _ast.expr.end_lineno)",
    "(_ast.AST._fields, _ast.AST._attributes, _ast.Load.__doc__, _ast.Name.__doc__, _ast.Name.__module__)",
    "[c.__name__ for c in _ast.operator.__subclasses__()]",
    "(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT, _ast.PyCF_OPTIMIZED_AST)",
    "issubclass(_ast.BinOp, _ast.expr) and issubclass(_ast.expr, _ast.AST) and not issubclass(_ast.Load, _ast.expr)",
    # the constructor
    "canon(_ast.Name('x'))",
    "canon(_ast.Name(id='x', ctx=_ast.Store(), lineno=3))",
    "canon(_ast.FunctionDef('f', _ast.arguments()))",
    "canon(_ast.ImportFrom(names=[]))",
    "canon(_ast.Constant(1))",
    "error(lambda: _ast.Name('x', _ast.Load(), 3))",
    "error(lambda: _ast.Name('x', id='y'))",
    "error(lambda: _ast.AST(1))",
    "sorted(vars(_ast.BinOp()))",
    "sorted(vars(_ast.Name('x', foo=1)))",
    "(lambda r: (r[0].__name__, r[1], sorted(r[2])))(_ast.Name('x').__reduce__())",
    "_ast.FunctionDef('f', _ast.arguments()).__reduce__()[1]",
    "(lambda c: (c.__class__.__name__, c.x))(type('C', (_ast.AST,), {'_fields': ('x', 'y')})(5))",
    # compiling trees
    "run('print(1 + 2)')",
    "run('def f(n):\\n    return n * 2\\nprint([f(i) for i in range(3)])')",
    "run(parse('6 * 7', 'eval'), 'eval')",
    "run(located(_ast.Module([_ast.Expr(_ast.Call(_ast.Name('print', _ast.Load()), [_ast.Constant('hi')], []))], [])))",
    "run(located(_ast.Expression(_ast.BinOp(_ast.Constant(2), _ast.Pow(), _ast.Constant(10)))), 'eval')",
    "error(lambda: compile(_ast.Module([_ast.Expr(_ast.Name('x', _ast.Load()))], []), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module([_ast.Expr(_ast.BinOp(_ast.Name('x', _ast.Load()), _ast.Add()))], [])), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module([_ast.Expr(_ast.BinOp(_ast.Name('x', _ast.Load()), _ast.Add(), None))], [])), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module([_ast.Expr(_ast.Constant([1]))], [])), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module(_ast.Expr(_ast.Constant(1)), [])), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module([_ast.Constant(1)], [])), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Expression(_ast.Constant(1))), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module([_ast.Expr(_ast.Name(1, _ast.Load()))], [])), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module([_ast.Expr(_ast.Name('None', _ast.Load()))], [])), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module([_ast.If(_ast.Name('x', _ast.Load()), [], [])], [])), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module([_ast.Expr(_ast.Name('x', None))], [])), '<t>', 'exec'))",
    "error(lambda: compile(located(_ast.Module([_ast.Expr(_ast.BinOp(_ast.Constant(1), _ast.Load(), _ast.Constant(1)))], [])), '<t>', 'exec'))",
    "compile(parse('x'), '<t>', 'exec', _ast.PyCF_ONLY_AST).__class__.__name__",
    # what inspect (imported by dataclasses) needs of the runtime: getset descriptors called directly
    "type.__dict__['__mro__'].__get__(bool)",
    "(int.__dict__['real'].__get__(5), type.__dict__['__mro__'].__name__, type.__dict__['__mro__'].__objclass__)",
    "error(lambda: int.__dict__['real'].__get__('x'))",
]


def main():
    ns = {}
    with open(os.path.join(RES, "canon.py")) as f:
        exec(f.read(), ns)
    rows = []
    warnings.simplefilter("ignore")
    for case in CASES:
        try:
            value = ns["canon"](eval(case, ns))
        except Exception as e:
            value = "!%s: %s" % (type(e).__name__, e)
        assert "\t" not in value
        rows.append("%r\t%s" % (case, value.replace("\\", "\\\\").replace("\n", "\\n")))
    with open(os.path.join(RES, "cases.tsv"), "w") as f:
        f.write("\n".join(rows) + "\n")
    print("wrote %d cases" % len(rows))


main()
