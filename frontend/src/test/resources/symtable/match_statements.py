def dispatch(command):
    match command:
        case ["go", direction]:
            return direction
        case ["drop", *objects]:
            return objects
        case {"key": value, **rest}:
            return value, rest
        case Point(x=px, y=0) | Point(x=0, y=px):
            return px
        case Color.RED:
            return None
        case [int() as n, _] if n > limit:
            return n
        case None:
            return None
        case other:
            return other


match subject:
    case (first, second):
        pass
    case {**everything}:
        pass
