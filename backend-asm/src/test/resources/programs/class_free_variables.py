# Free variables through class bodies: methods, nested classes, comprehensions and lambdas
# in class bodies that bind the same name (DEF_FREE_CLASS), nonlocal/global in classes, __class__.
def outer():
    x = 1
    class C:
        def x(self):
            return "method"
        def f(self):
            return x
    return C

C = outer()
print(C().f(), C().x())

def outer2():
    y = 10
    class D:
        y = 20
        def g(self):
            return y
        def h():
            nonlocal y
            y += 1
            return y
    return D
D = outer2()
print(D().g(), D.y, D.h(), D().g())

def outer3():
    z = 5
    class E:
        def z(self):
            return z
        w = [z for _ in range(1)]
    return E
E = outer3()
print(E().z(), E.w)
def outer():
    x = 1
    class A:
        class B:
            def x(self): pass
            def f(self): return x
    return A
print(outer().B().f())

def outer2():
    x = 2
    class A:
        x = 3
        def f(self):
            class B:
                def g(self): return x
            return B().g()
    return A
print(outer2()().f())

def outer3():
    __y = 4
    class A:
        def __y(self): pass
        def f(self): return __y
    return A

def outer4():
    x = 5
    class A:
        def x(self): pass
        f = lambda self: x
        g = [lambda: x for _ in range(1)]
    return A
print(outer4()().f(), outer4().g[0]())

def outer5():
    x = 6
    class A[T]:
        def x(self): pass
        def f(self) -> T: return x
    return A
print(outer5()().f())
x = "global"
def outer():
    x = 1
    class C:
        global x
        def f(self): return x
    return C
print(outer()().f())

def outer2():
    y = 1
    class C:
        nonlocal y
        y = 2
        def f(self): return y
    return C, lambda: y
C, get = outer2()
print(C().f(), get())

def outer3():
    z = 1
    class C:
        def z(self): return "m"
        def f(self):
            def g(): return z
            return g()
        h = [z for _ in range(1)]
    return C
print(outer3()().f(), outer3().h)

def outer4():
    def helper(): return "outer helper"
    class C:
        def helper(self): return "method"
        def use(self): return helper()
        class D:
            def use(self): return helper()
    return C
C4 = outer4()
print(C4().use(), C4.D().use())
def outer():
    z = 1
    class C:
        def z(self): return "m"
        h = [z for _ in range(1)]
        k = [lambda: z for _ in range(1)]
        j = [(lambda: q) for q in range(2)]
        w = [[z for _ in range(1)] for _ in range(1)]
    return C
C = outer()
print(C.h, C.k[0](), [f() for f in C.j], C.w)

def outer2():
    z = 1
    class C:
        z = 5
        h = [z for _ in range(1)]
        g = (z for _ in range(1))
    return C
print(outer2().h, list(outer2().g))
class C:
    def f(self):
        def g():
            return __class__
        return g()
    def h(self):
        return True
    def k(self):
        return [__class__ for _ in range(1)]
    class D:
        def m(self):
            return __class__
print(C().f().__name__, C().h(), C().k()[0].__name__, C.D().m().__name__)

def outer():
    v = 1
    class E[T]:
        x: T
        def v(self): return v
        def w(self) -> T: return v
    return E
print(outer()().w())
def deco(f): return f
def outer2():
    a = 1
    class F:
        @deco
        def a(self): return a
        b = lambda self: a
    return F
print(outer2()().a(), outer2()().b())
