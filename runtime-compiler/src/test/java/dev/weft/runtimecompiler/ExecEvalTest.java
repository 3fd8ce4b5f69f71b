package dev.weft.runtimecompiler;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * exec, eval, compile and frames, end to end: each program is compiled as {@code __main__} and
 * run with the compiler service on the class path; expected outputs are CPython 3.13's.
 */
class ExecEvalTest {
    @Test
    void execWithSeparateLocalsStoresNamesInLocalsAndAddsBuiltinsToGlobals() {
        assertEquals("""
['a', 'b'] []
3
dict
""", SnippetRunner.stdout("""
g = {}
l = {}
exec("a = 1\\nb = a + 1", g, l)
print(sorted(l), sorted(k for k in g if k != '__builtins__'))
exec("c = a + b\\nprint(c)", g, l)
print(type(g['__builtins__']).__name__)
"""));
    }

    @Test
    void functionsAndClassesDefinedByExecSeeTheExecGlobals() {
        assertEquals("""
15 11 True gen
25
""", SnippetRunner.stdout("""
g = {'__name__': 'gen'}
exec(\"""
k = 10
def add(n):
    return n + k
class Box:
    def get(self):
        return add(1)
\""", g)
print(g['add'](5), g['Box']().get(), g['add'].__globals__ is g, g['Box'].__module__)
g['k'] = 20
print(g['add'](5))
"""));
    }

    @Test
    void evalReturnsTheValueAndSeesTheCallingFunctionsLocals() {
        assertEquals("""
7 [0, 1, 4, 9] 42
(15, ['a', 'b'])
ABC
""", SnippetRunner.stdout("""
print(eval("1 + 2 * 3"), eval("  [x * x for x in range(4)]"), eval("n + 1", {"n": 41}))
def f(a):
    b = a * 2
    return eval("a + b"), sorted(locals())
print(f(5))
print(eval(compile("'abc'.upper()", "<e>", "eval")))
"""));
    }

    @Test
    void compileModesExecEvalAndSingle() {
        assertEquals("""
<module> prog.py 1
None 6
42
compile() mode must be 'exec', 'eval' or 'single'
""", SnippetRunner.stdout("""
code = compile("x = 6\\nx * 7", "prog.py", "exec")
print(code.co_name, code.co_filename, code.co_firstlineno)
ns = {}
print(exec(code, ns), ns['x'])
single = compile("6 * 7", "<input>", "single")
exec(single)
exec(compile("None", "<input>", "single"))
try:
    compile("x", "f", "nope")
except ValueError as e:
    print(e)
"""));
    }

    @Test
    void syntaxErrorsInExecdSourceHaveCPythonsMessageAndStringFilename() {
        assertEquals("""
SyntaxError '(' was never closed <string> 1
SyntaxError invalid syntax <string> 1
SyntaxError invalid syntax <string> 1
IndentationError unexpected indent <string> 1
SyntaxError 'return' outside function <string> 1
invalid syntax (<string>, line 1)
""", SnippetRunner.stdout("""
for src in ["x = (", "1 +", "def f(:\\n  pass", "  x = 1", "return 5"]:
    try:
        exec(src)
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.filename, e.lineno)
try:
    eval("1 2")
except SyntaxError as e:
    print(e)
"""));
    }

    @Test
    void getframeGivesCallerFramesWithGlobalsLineAndCode() {
        assertEquals("""
(('outer', 6, True), ('<module>', 7, True))
None True
__main__ __main__
mod 3 True <string>
call stack is not deep enough
""", SnippetRunner.stdout("""
import sys
def where(depth):
    f = sys._getframe(depth)
    return f.f_code.co_name, f.f_lineno, f.f_globals is globals()
def outer():
    return where(1), where(2)
print(outer())
print(sys._getframe().f_back, sys._getframe().f_code.co_filename.endswith('.py'))
print(sys._getframemodulename(), sys._getframemodulename(0))
g = {'__name__': 'mod'}
exec("import sys\\n\\nfr = sys._getframe(); line = fr.f_lineno\\nname = sys._getframemodulename()", g)
print(g['name'], g['line'], g['fr'].f_globals is g, g['fr'].f_code.co_filename)
try:
    sys._getframe(50)
except ValueError as e:
    print(e)
"""));
    }

    @Test
    void localsVarsDirExecAndEvalInFunctionsSeeASnapshotOfTheirVariables() {
        assertEquals("""
1024
[('a', 1), ('b', 3), ('c', 4)]
4
False ['a', 'b', 'c']
{'x': 1} {'x': 1}
""", SnippetRunner.stdout("""
def calc(s):
    return eval(s)
print(calc("2 ** 10"))
def f(a, b=3):
    c = a + b
    print(sorted(locals().items()))
    print(eval("a * c"))
    exec("d = a + 100")
    print('d' in locals(), dir())
    def inner():
        return a
    return inner
f(1)()
def g():
    x = 1
    def h():
        print(locals(), vars())
        return x
    return h
g()()
class K:
    y = 5
"""));
    }

    @Test
    void execdCodeTakesItsBuiltinsFromTheGlobalsBuiltinsEntry() {
        assertEquals("""
NameError name 'len' is not defined
NameError name 'len' is not defined
NameError name 'len' is not defined
3
3
""", SnippetRunner.stdout("""
for src in ["len([1])", "[len(x) for x in ['ab']]", "(lambda: len([]))()"]:
    try:
        print(eval(src, {"__builtins__": {}}))
    except NameError as e:
        print("NameError", e)
print(eval("abs(-3)", {"__builtins__": {"abs": abs}}))
import builtins
print(eval("len('abc')", {"__builtins__": builtins}))
"""));
    }

    @Test
    void theSameSourceCompiledAgainGivesItsOwnCodeObjectRunningWithItsOwnGlobals() {
        assertEquals("""
False 2 42
[1, 2, 3] 1 2 False
""", SnippetRunner.stdout("""
c1 = compile("v * 2", "<e>", "eval")
c2 = compile("v * 2", "<e>", "eval")
print(c1 is c2, eval(c1, {"v": 1}), eval(c2, {"v": 21}))
results = [eval("v + 1", {"v": i}) for i in range(3)]
g1, g2 = {}, {}
for g, n in ((g1, 1), (g2, 2)):
    exec("def f():\\n    return n\\n", g)
    g["n"] = n
print(results, g1["f"](), g2["f"](), g1["f"] is g2["f"])
"""));
    }

    @Test
    void tracebackThroughExecdCodeShowsStringFrames() {
        SnippetRunner.Result r = SnippetRunner.run("""
src = "def boom(n):\\n    return 1 // n\\nboom(0)\\n"
exec(src, {})
""");
        assertEquals(1, r.exitCode());
        assertTrue(r.stderr().endsWith("""
  File "<string>", line 3, in <module>
  File "<string>", line 2, in boom
ZeroDivisionError: integer division or modulo by zero
"""), r.stderr());
    }
}
