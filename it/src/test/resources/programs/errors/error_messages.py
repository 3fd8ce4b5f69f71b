# The messages of common built-in exceptions, as programs print them: CPython 3.13's wording is
# part of the observable behaviour.
import math


def show(fn):
    try:
        fn()
    except Exception as e:
        print(f"{type(e).__name__}: {e}")


class Thing:
    __slots__ = ("a",)

    def method(self):
        return self.missing


show(lambda: [1, 2][5])
show(lambda: (1,)[-3])
show(lambda: "abc"[10])
show(lambda: {"a": 1}["b"])
show(lambda: {}[("tuple", 1)])
show(lambda: int("12x"))
show(lambda: int("5", 1))
show(lambda: float("nope"))
show(lambda: 1 / 0)
show(lambda: 1 // 0)
show(lambda: 1 % 0)
show(lambda: 2.0 / 0)
show(lambda: divmod(1, 0))
show(lambda: "a" + 1)
show(lambda: 1 + "a")
show(lambda: [1] * "3")
show(lambda: None + 1)
show(lambda: len(5))
show(lambda: (lambda f: f())(None))
show(lambda: (lambda x: x[0])(5))
show(lambda: {}.missing)
show(lambda: Thing().method())
show(lambda: setattr(Thing(), "b", 1))
show(lambda: Thing().a)
show(lambda: undefined_variable)  # noqa: F821
show(lambda: math.sqrt("x"))
show(lambda: math.log(0))
show(lambda: [].pop())
show(lambda: {}.popitem())
show(lambda: [1, 2].index(3))
show(lambda: "abc".index("z"))
show(lambda: set().remove(1))
show(lambda: (1, 2).count())
show(lambda: sorted([1, "a"]))
show(lambda: max([]))
show(lambda: next(iter([])))
show(lambda: int(None))
show(lambda: hash([]))
show(lambda: {[]: 1})
show(lambda: tuple(1))
show(lambda: "x".join([1, 2]))
show(lambda: "%d" % "s")
show(lambda: "{0} {1}".format(1))
show(lambda: "{x}".format(y=1))
show(lambda: f"{1:q}")
show(lambda: chr(-1))
show(lambda: range(1, 2, 0))
show(lambda: [1, 2, 3][1:2:0])
show(lambda: bytes([300]))
show(lambda: b"x" + "y")
show(lambda: "é".encode("ascii"))
show(lambda: (lambda a, b: 0)(1))
show(lambda: (lambda: 0)(x=1))
show(lambda: dict([(1, 2, 3)]))
show(lambda: complex("1+"))
show(lambda: round("1"))
show(lambda: abs("x"))
show(lambda: iter(None))
show(lambda: list(zip([1], [2, 3], strict=True)))
show(lambda: int.from_bytes("ab", "big"))
show(lambda: (1).to_bytes(1, "middle"))
show(lambda: 10 ** -1 % 0)
show(lambda: pow(2, -1, 4))
show(lambda: object().__setattr__("x", 1))
show(lambda: memoryview(b"a")[5])
show(lambda: [][0:1][0])
