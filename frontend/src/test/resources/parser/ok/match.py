match command.split():
    case [action]:
        pass
    case [action, obj]:
        pass
    case Point(x=0, y=0):
        pass
    case Point(1, 2, z=3):
        pass
    case [Point(x=0, y=0), *rest]:
        pass
    case {"x": x, "y": y, **rest}:
        pass
    case {1: _, True: _, None: _, -1: _, 1+2j: _, a.b: _}:
        pass
    case 1 | 2 | 3:
        pass
    case (1 | 2) as z:
        pass
    case -1:
        pass
    case -1.5 - 2j:
        pass
    case "str" "ing":
        pass
    case b"bytes":
        pass
    case None | True | False:
        pass
    case Color.RED:
        pass
    case a.b.c:
        pass
    case (x, y, *_):
        pass
    case [*_, last]:
        pass
    case ():
        pass
    case []:
        pass
    case {}:
        pass
    case x if x > 0:
        pass
    case _:
        pass
match x, y:
    case a, b:
        pass
match (x):
    case 1, *rest,:
        pass
match [a, b]:
    case _:
        pass
match = {1: 2}
match[1]
match(x)
case = 3
_ = 4
def match(): pass
