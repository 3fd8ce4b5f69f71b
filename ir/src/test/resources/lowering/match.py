def describe(command, Point, Color):
    match command:
        case None | True:
            return "singleton"
        case 0 | 1 as bit:
            return bit
        case Color.RED:
            return "red"
        case [x, y, *rest] if x > y:
            return rest
        case [first, *_, last]:
            return first, last
        case [_, _]:
            return "pair"
        case {"key": value, **others}:
            return value, others
        case {Color.RED: _}:
            return "mapping"
        case Point(x=0, y=py) | Point(py, 0):
            return py
        case Point(int(), z=[_, *inner]):
            return inner
        case str() | bytes() as text:
            return text
        case {}:
            return "empty mapping"
        case other:
            return other


def default_case(v):
    match v:
        case [1, 2]:
            pass
        case _:
            v = 0
    return v
