from __future__ import annotations

x: SomeType = 1


def f(a: ArgType, *b: VarType, c: KwType, **d: KwargsType) -> ReturnType:
    y: LocalType = a
    return y


class C:
    attr: AttrType
    other: int = 1

    def m(self) -> C:
        pass
