def outer(a):
    b = 1
    c = 2

    def inner():
        nonlocal b
        b += 1
        return a, b

    def reader():
        return c

    def deeper():
        def deepest():
            return a + c
        return deepest

    class Local:
        c = 3

        def method(self):
            return c, b

    return inner, reader, deeper, Local


def shadowing():
    x = 1

    def f():
        x = 2

        def g():
            return x
        return g
    return f


def global_in_nested():
    v = 1

    def f():
        global v
        v = 2

        def g():
            return v
        return g
    return f


def lambdas():
    n = 0
    return lambda: n, lambda n: n, lambda m=n: m


def nonlocal_chain():
    x = 0

    def a():
        def b():
            nonlocal x
            x = 1
        return b
    return a


def class_free():
    y = 1

    class C:
        y = 2

        def m(self):
            return y
        z = y
    return C


def class_global():
    t = 1

    class C:
        global t
        t = 2

        def m(self):
            return t
    return C


def deleted_cell():
    q = 1

    def f():
        return q
    del q
    return f


x = 5


def uses_module_global():
    def inner():
        return x
    return inner
