class Tracker:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print("enter", self.name)
        return self.name

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None)
        return False


def nested():
    with Tracker("a") as a, Tracker("b") as b:
        print("body", a, b)
        return "returned"


print(nested())
try:
    with Tracker("c"):
        raise ValueError("in with")
except ValueError as e:
    print("propagated", e)


def loop_finally():
    out = []
    for i in range(4):
        try:
            if i == 1:
                continue
            if i == 3:
                break
            out.append(i)
        finally:
            out.append(f"f{i}")
    return out


print(loop_finally())


def finally_overrides():
    try:
        raise ValueError("lost")
    finally:
        return "finally wins"


print(finally_overrides())


def except_star_free():
    try:
        try:
            raise TypeError("inner")
        finally:
            print("cleanup inner")
    except TypeError as e:
        return f"outer caught {e}"


print(except_star_free())
e = None
try:
    raise OSError(2, "No such file")
except OSError as err:
    print(err.errno, err.strerror, err)
try:
    print(e.missing)
except AttributeError as err:
    print(err)
