# try/except/else/finally control flow, including return/break/continue inside finally blocks.

log = []


def attempt(kind):
    try:
        log.append(f"try {kind}")
        if kind == "value":
            raise ValueError("bad value")
        if kind == "key":
            return {}["missing"]
        if kind == "zero":
            return 1 / 0
        if kind == "type":
            return "a" + 1
    except ValueError as e:
        log.append(f"caught ValueError {e}")
        return "handled value"
    except (KeyError, ZeroDivisionError) as e:
        log.append(f"caught {type(e).__name__} {e!r}")
        return "handled lookup/math"
    else:
        log.append("else ran")
        return "no error"
    finally:
        log.append(f"finally {kind}")


for kind in ["value", "key", "zero", "none"]:
    print(kind, "->", attempt(kind))
try:
    attempt("type")
except TypeError as e:
    print("escaped:", e)
print(log)


def finally_overrides():
    try:
        return "from try"
    finally:
        print("  finally runs before the return completes")


def finally_return_wins():
    try:
        raise RuntimeError("lost")
    finally:
        return "finally swallowed the exception"  # noqa


print(finally_overrides())
print(finally_return_wins())


def loop_control():
    out = []
    for i in range(6):
        try:
            if i == 1:
                continue
            if i == 4:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    else:
        out.append("no-break")
    return out


print(loop_control())


def nested(n):
    try:
        try:
            if n == 0:
                raise KeyError("inner")
            if n == 1:
                raise IndexError("inner index")
            return "clean"
        except KeyError:
            raise ValueError("converted")
        finally:
            print(f"  inner finally n={n}")
    except ValueError as e:
        return f"outer caught {e!r} context={e.__context__!r}"
    except LookupError as e:
        return f"outer caught lookup {e!r}"


for n in range(3):
    print(nested(n))

counter = 0
while True:
    try:
        counter += 1
        if counter < 3:
            raise ConnectionError(f"attempt {counter} failed")
        print("succeeded on attempt", counter)
        break
    except ConnectionError as e:
        print("retrying:", e)

try:
    raise Exception("a", 2, [3])
except Exception as e:
    print(e.args, str(e), repr(e))
try:
    raise KeyError("k")
except KeyError as e:
    print(str(e), repr(e), e.args)
e = "still defined"
try:
    raise ValueError
except ValueError as e:
    print("bare class raised:", repr(e))
try:
    print(e)
except NameError as ne:
    print("NameError:", ne)


def bare_reraise():
    try:
        int("x")
    except ValueError:
        print("  logging then re-raising")
        raise


try:
    bare_reraise()
except ValueError as err:
    print("re-raised:", err)
print(issubclass(KeyError, LookupError), issubclass(ZeroDivisionError, ArithmeticError),
      issubclass(ConnectionError, OSError), issubclass(bool, int), KeyError.__mro__[1].__name__)
