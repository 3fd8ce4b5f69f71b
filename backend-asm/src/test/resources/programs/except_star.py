import sys

def show(label, eg):
    print(label, type(eg).__name__, repr(eg))

def run(work):
    try:
        work()
    except* ValueError as g:
        show("VE", g)
    except* (TypeError, KeyError) as g:
        show("TE/KE", g)
    else:
        print("no error")
    finally:
        print("finally")

def raise_group():
    raise ExceptionGroup("many", [ValueError(1), TypeError(2), KeyError(3)])

def raise_naked():
    raise ValueError("naked")

run(raise_group)
run(raise_naked)
run(lambda: None)

def nested():
    raise ExceptionGroup("outer", [ValueError("a"), ExceptionGroup("inner", [TypeError("b"), OSError("c")])])

try:
    try:
        nested()
    except* ValueError as g:
        show("caught VE", g)
except ExceptionGroup as rest:
    show("rest", rest)
    show("inner", rest.exceptions[0])

try:
    try:
        nested()
    except* ValueError:
        raise
    except* OSError:
        raise RuntimeError("new")
except ExceptionGroup as eg:
    show("combined", eg)
    print([type(e).__name__ for e in eg.exceptions])
    print(repr(eg.exceptions[0].__context__))

try:
    try:
        raise ValueError("x")
    except* ValueError:
        raise
except Exception as e:
    show("reraised naked", e)

try:
    try:
        raise ValueError("x")
    except* ValueError as g:
        raise KeyError("k")
except Exception as e:
    show("new from naked", e)
    print(repr(e.__context__))

try:
    try:
        raise ValueError("x")
    except* ExceptionGroup:
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    try:
        raise ValueError("x")
    except* int:
        pass
except TypeError as e:
    print("TypeError:", e)

def gen():
    try:
        raise ExceptionGroup("g", [ValueError(1), ValueError(2)])
    except* ValueError as g:
        print("sys.exception()", repr(sys.exception()))
        for e in g.exceptions:
            yield e.args[0]
print(list(gen()))
