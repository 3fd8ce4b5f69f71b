class Base:
    attr = 1
    __private = 2
    __dunder__ = 3

    def method(self, __arg):
        __local = self.__private
        return __local, __arg, Base.__dunder__

    def uses_super(self):
        return super().method()

    def uses_class(self):
        return __class__

    @staticmethod
    def static(a):
        return a

    @property
    def prop(self):
        return self.attr

    def __special__(self):
        import __hidden
        import __pkg.sub
        from mod import __name_
        return __hidden, __pkg, __name_

    class __Nested:
        __inner = 1

        def m(self):
            return self.__inner, __class__

    [__comp for __comp in range(3)]
    {k: attr for k in range(3)}
    (g for g in attr)


class _:
    __not_mangled = 1


class __Underscored:
    __x = 1


class Derived(Base, metaclass=Meta, **extra):
    def method(self):
        return super(Derived, self).method()

    def nested(self):
        def inner():
            return super()
        return inner

    def lam(self):
        return lambda: __class__


class WithGlobal:
    global gx
    gx = 1
    y = gx


class WithNonlocalUse:
    def f(self):
        class Inner:
            nonlocal_candidate = self
        return Inner
