def snapshot(a, b=2):
    c = a + b
    return locals(), eval("a + c"), vars(), dir()


def shadowed(locals):
    return locals()


def with_object(o):
    return vars(o), dir(o)


print(locals() is globals())
