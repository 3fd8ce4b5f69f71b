from __future__ import annotations

limit: int = 10
names: list[str]
obj.attr: Final[int]
table[key, 1:n]: Dict[str, int | None]


def scale(x: float, *args: *Ts, factor: 'Factor' = 2, **kw: Any) -> list[float]:
    local: Undefined = x
    self.field: int
    return [x * factor]


class Point:
    x: int = 0
    y: Optional[Point]
    label: str | None = None

    def __init__(self, x: int, y: Point | None = None) -> None:
        self.x: int = x


def order(a: A, /, b: B, *c: C, d: D, **e: E) -> R:
    pass
