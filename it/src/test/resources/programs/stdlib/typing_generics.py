# typing at runtime: TypeVar/Generic classes, Protocol with runtime_checkable, NamedTuple,
# TypedDict, Literal, Optional/Union, get_type_hints, get_origin/get_args, cast, overload, TypeAlias.
from typing import (Generic, TypeVar, Protocol, runtime_checkable, NamedTuple, TypedDict, Literal,
                    Optional, Union, get_type_hints, get_origin, get_args, cast, overload, Callable,
                    Iterator, Any, Final, ClassVar)

T = TypeVar("T")
K = TypeVar("K")


class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: list[T] = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()

    def __iter__(self) -> Iterator[T]:
        return reversed(self.items)


s: Stack[int] = Stack()
for v in (1, 2, 3):
    s.push(v)
print(list(s), s.pop(), Stack[int].__origin__ is Stack, Stack.__parameters__)


@runtime_checkable
class Drawable(Protocol):
    def draw(self) -> str: ...


class Circle:
    def draw(self) -> str:
        return "()"


class Text:
    pass


print(isinstance(Circle(), Drawable), isinstance(Text(), Drawable))


class Employee(NamedTuple):
    name: str
    dept: str = "eng"
    level: int = 1

    def promote(self) -> "Employee":
        return self._replace(level=self.level + 1)


e = Employee("ada")
print(e, e.promote(), Employee._fields, Employee.__annotations__)


class Movie(TypedDict, total=False):
    title: str
    year: int


m: Movie = {"title": "Metropolis", "year": 1927}
print(m, type(m).__name__, Movie.__required_keys__, sorted(Movie.__optional_keys__))

Mode = Literal["r", "w", "a"]
Number = Union[int, float]
MaybeStr = Optional[str]
print(get_args(Mode), get_origin(Number) is Union, get_args(MaybeStr), get_args(dict[str, list[int]]))
print(get_origin(list[int]), get_origin(Callable[[int], str]), get_args(Callable[[int, str], bool]))
print(int | str, (int | None) == Optional[int], list[int], dict[str, tuple[int, ...]])


def process(data: list[int], scale: float = 1.0, *, label: MaybeStr = None) -> dict[str, float]:
    return {label or "total": sum(data) * scale}


print(get_type_hints(process))
print(process([1, 2, 3], 0.5, label="half"), cast(int, "not really an int"))


@overload
def double(x: int) -> int: ...
@overload
def double(x: str) -> str: ...
def double(x):
    return x * 2


print(double(21), double("ab"))


class Settings:
    MAX: ClassVar[int] = 10
    name: Final = "weft"
    ratio: float


print(get_type_hints(Settings))


def apply(fn: Callable[[T], K], items: list[T]) -> list[K]:
    return [fn(i) for i in items]


print(apply(str, [1, 2]), apply.__annotations__["return"], T.__name__, repr(T))
print(Any, Optional[int], Union[int, str, int], Union[int], type(None) in get_args(Optional[int]))
