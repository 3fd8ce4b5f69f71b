def outer():
    x = 1

    class C:
        def x(self):
            pass

        def m(self):
            return x
    return C
