# Loops over a claimable iterable (a call, a generator expression) own the generator it
# creates and close it on break, return and exceptions; consumers close their genexp.
def first_even(source):
    for x in source():
        if x % 2 == 0:
            return x
        if x > 100:
            break
    else:
        return None
    return -1


def over_name(items):
    for x in items:
        break
    for i in range(3):
        break


squares = [x * x for x in gen()]
found = any(x > 2 for x in gen())


def pipeline(source):
    # stage(parse(source())): each generator owns the one created as its argument
    for i, record in enumerate(stage(parse(source()))):
        if i > 3:
            break
    return next(parse(source()))
