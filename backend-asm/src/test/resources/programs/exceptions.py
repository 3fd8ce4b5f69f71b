def risky(n):
    if n == 0:
        raise ValueError("zero")
    return 10 // n

for v in (2, 0, "x"):
    try:
        print(risky(v))
    except ValueError as e:
        print("ValueError", e)
    except TypeError as e:
        print("TypeError", e)
    else:
        print("no error")
    finally:
        print("finally", v)

def cleanup():
    try:
        return "from try"
    finally:
        print("cleanup runs")

print(cleanup())

class MyError(Exception):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code

try:
    raise MyError(42)
except Exception as e:
    print(type(e).__name__, e, e.code, e.args)

try:
    try:
        {}["k"]
    except KeyError as e:
        raise RuntimeError("wrapped") from e
except RuntimeError as e:
    print(e, repr(e.__cause__), e.__suppress_context__)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        undefined_name
except NameError as e:
    print(e, type(e.__context__).__name__)

class Resource:
    def __enter__(self):
        print("enter")
        return self
    def __exit__(self, t, v, tb):
        print("exit", t.__name__ if t else None, v)
        return True

with Resource() as r:
    raise ValueError("suppressed")
print("after with")

def nested():
    try:
        raise KeyError("a")
    except KeyError:
        try:
            raise IndexError("b")
        except IndexError:
            pass
        raise

try:
    nested()
except KeyError as e:
    print("re-raised", repr(e))

import sys
try:
    raise TypeError("t")
except TypeError:
    print(type(sys.exception()).__name__)
print(sys.exception())
