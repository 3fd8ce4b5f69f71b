def first[T](items: list[T]) -> T:
    return items[0]

print(first([3, 4]), first.__type_params__, first.__annotations__)
(T,) = first.__type_params__
print(repr(T), T.__name__, T.__bound__, T.__constraints__, T.__covariant__, T.__infer_variance__, T.__module__)

def bounded[N: (int, float), *Ts, **P, S: str = str](x: N) -> N:
    return x
N, Ts, P, S = bounded.__type_params__
print(N.__constraints__, S.__bound__, S.__default__, S.has_default(), N.has_default())
print(repr(Ts), repr(P), P.args, P.kwargs, type(P).__name__, type(Ts).__name__)

type Number = int | float
print(Number, Number.__value__, Number.__name__, Number.__type_params__, type(Number).__name__, Number.__module__)

type Pair[A] = tuple[A, A]
print(Pair.__type_params__, Pair.__value__, Pair[int])

type Later = Undefined
try:
    Later.__value__
except NameError as e:
    print("NameError:", e)
Undefined = "now defined"
print(Later.__value__)

class Box[T]:
    def __init__(self, item: T):
        self.item = item

    def get(self) -> T:
        return self.item

    def map[U](self, f) -> "Box[U]":
        return Box(f(self.item))

    type Items = list[T]

b = Box(3)
print(b.get(), b.map(lambda v: v * 2).get(), Box.__type_params__, Box.__parameters__)
print(Box.Items.__value__, Box.map.__type_params__)
print(Box.__bases__, Box.__orig_bases__)
print(Box[int])

class Holder:
    limit = int
    type Limited[X: limit] = list[X]
    def method[Y](self, y: Y) -> Y:
        return y

(X,) = Holder.Limited.__type_params__
print(X.__bound__, Holder().method(5), Holder.method.__annotations__)

print(int | None, list[int] | None, None | str, int | int)
print(isinstance(3, int | str), isinstance(None, int | None), isinstance(2.0, int | str))
u = int | str
print(u.__args__, u == (str | int), type(u).__name__)
try:
    class Sub(T):
        pass
except TypeError as e:
    print("TypeError:", e)
import _typing
print(_typing.TypeVar("Q"), _typing.TypeVar("Q", covariant=True), _typing.TypeVar("Q", contravariant=True))
try:
    _typing.TypeVar("Q", int)
except TypeError as e:
    print("TypeError:", e)
print(repr(_typing.NoDefault), _typing.TypeVar("Q").__name__)
