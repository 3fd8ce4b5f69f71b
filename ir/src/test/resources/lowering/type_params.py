def first[T: (int, str), **P, *Ts = *tuple[int]](items: list[T], *args: *Ts, k: P = None) -> T:
    return items[0]


def plain_generic[T](x: T) -> T:
    return x


class Box[T: Comparable = int](Base, metaclass=Meta):
    """A box."""
    item: T

    def get(self) -> T:
        return self.item

    def map[U](self, f: Callable[[T], U], default=None) -> Box[U]:
        return Box(f(self.item))

    type Pair = tuple[T, T]


type Alias = list[int]
type Generic[K, V = str] = dict[K, V]


class Holder:
    limit = 10
    type Limited[X: limit] = list[X]

    def method[Y](self, y: Y) -> Y:
        return y


class Seen[T]:
    # In an annotation scope that sees a class, comprehensions are not inlined.
    type Items = [item for item in T.__constraints__]
