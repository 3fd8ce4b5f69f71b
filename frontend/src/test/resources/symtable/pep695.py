type Alias = list[int]
type Generic[T] = dict[str, T]
type Bounded[T: int, *Ts, **P] = tuple[T, *Ts]
type WithDefault[T = int] = T


def func[T](x: T) -> T:
    return x


def func2[T: (int, str), U: Base = Other](a: T, b=1, *, c=2) -> U:
    return a


async def afunc[T](x: T):
    return x


class Box[T]:
    item: T

    def get[U](self, other: U) -> T | U:
        return self.item

    type Inner = list[T]
    type InnerGeneric[V] = dict[T, V]


class Sub[T](Box[T], metaclass=Meta):
    pass


class Outer:
    value = int

    class Nested[T: value]:
        pass

    def method[M: value](self) -> M:
        pass

    type InClass = value
    type WithLambda = lambda: value
    type WithComp = [value for _ in range(1)]


class _Private[__T]:
    def __m[__U](self, __x: __U) -> __T:
        __y = __x
        return __y


class Mangled[T](__Base):
    pass


def enclosing():
    captured = 1

    def inner[T: captured]():
        return captured

    type A[T] = captured
    return inner, A


class ParamSpecs[**P = [int], *Ts = *tuple[int]]:
    pass
