package dev.weft.runtimecompiler;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Frames and tracebacks as Python code sees them (expected output is CPython 3.13's). */
class FramesTest {
    @Test
    void tracebackFramesHaveTheFunctionsCodeGlobalsAndCallerChain() {
        assertEquals("""
inner outer <module> True
5 4 True <module>
<module> 8
outer 2
inner 5
""", SnippetRunner.stdout("""
def outer():
    inner()

def inner():
    raise ValueError

try:
    outer()
except ValueError as e:
    tb = e.__traceback__
    f = tb.tb_next.tb_next.tb_frame
    print(f.f_code.co_name, f.f_back.f_code.co_name, f.f_back.f_back.f_code.co_name, f.f_code is inner.__code__)
    print(f.f_lineno, f.f_code.co_firstlineno, f.f_globals is globals(), tb.tb_frame.f_code.co_name)
    t = tb
    while t is not None:
        print(t.tb_frame.f_code.co_name, t.tb_lineno)
        t = t.tb_next
"""));
    }

    @Test
    void fLinenoOfARunningFrameIsItsCurrentLine() {
        assertEquals("""
3 4
""", SnippetRunner.stdout("""
import sys
def h():
    f = sys._getframe(); a = f.f_lineno
    b = f.f_lineno
    print(a, b)
h()
"""));
    }
}
