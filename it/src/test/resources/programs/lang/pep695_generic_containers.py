"""Generic containers with PEP 695 type parameters and type aliases."""

type Key = str | int
type Pair[A, B] = tuple[A, B]
type Tree[T] = T | list[Tree[T]]


class Stack[T]:
    def __init__(self) -> None:
        self._items: list[T] = []

    def push(self, item: T) -> "Stack[T]":
        self._items.append(item)
        return self

    def pop(self) -> T:
        if not self._items:
            raise IndexError("pop from empty Stack")
        return self._items.pop()

    def peek(self) -> T | None:
        return self._items[-1] if self._items else None

    def __len__(self) -> int:
        return len(self._items)

    def map[U](self, f: "Callable[[T], U]") -> "Stack[U]":
        out = Stack()
        for item in self._items:
            out.push(f(item))
        return out

    def __repr__(self) -> str:
        return f"Stack({self._items!r})"


class SortedBag[T: (int, str)]:
    def __init__(self, *items: T) -> None:
        self._items = sorted(items)

    def add(self, item: T) -> None:
        lo, hi = 0, len(self._items)
        while lo < hi:
            mid = (lo + hi) // 2
            if self._items[mid] < item:
                lo = mid + 1
            else:
                hi = mid
        self._items.insert(lo, item)

    def __iter__(self):
        return iter(self._items)


class Registry[K: Key, V = object]:
    type Entry = Pair[K, V]

    def __init__(self) -> None:
        self._data: dict[K, V] = {}

    def register(self, key: K, value: V) -> None:
        if key in self._data:
            raise KeyError(f"duplicate key {key!r}")
        self._data[key] = value

    def entries(self) -> "list[Registry.Entry]":
        return sorted(self._data.items(), key=lambda kv: str(kv[0]))


def first[T](items: list[T], default: T | None = None) -> T | None:
    return items[0] if items else default


def zip_pairs[A, B](xs: list[A], ys: list[B]) -> list[Pair[A, B]]:
    return list(zip(xs, ys))


def flatten[T](tree: Tree[T]) -> list[T]:
    if isinstance(tree, list):
        out = []
        for sub in tree:
            out.extend(flatten(sub))
        return out
    return [tree]


def apply_all[**P, R](funcs: "list[Callable[P, R]]", *args: P.args, **kwargs: P.kwargs) -> list[R]:
    return [f(*args, **kwargs) for f in funcs]


def head_tail[*Ts](*items: *Ts) -> tuple[*Ts]:
    return items


s = Stack[int]()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s)
print(s.map(lambda v: v * 10), s.map(str).peek() == "2")
try:
    Stack().pop()
except IndexError as e:
    print("IndexError:", e)

bag = SortedBag(5, 1, 3)
bag.add(4)
bag.add(0)
print(list(bag))
words = SortedBag("pear", "apple")
words.add("fig")
print(list(words))

reg = Registry[str, int]()
reg.register("b", 2)
reg.register("a", 1)
try:
    reg.register("a", 3)
except KeyError as e:
    print("KeyError:", e)
print(reg.entries())

print(first([]), first([], "none"), first([7, 8]))
print(zip_pairs([1, 2, 3], "ab"))
print(flatten([1, [2, [3, 4]], [], 5]))
print(apply_all([max, min], 3, 9, 4))
print(head_tail(1, "x", 2.5))

print("aliases:", Key.__name__, Key.__value__, Pair.__type_params__, Pair.__value__)
print("tree:", Tree.__name__, Tree[int], flatten.__type_params__)
print("params:", Stack.__type_params__, Stack.map.__type_params__, first.__type_params__)
(K, V) = Registry.__type_params__
print("registry:", K.__bound__, V.__default__, V.has_default(), K.has_default())
print("entry:", Registry.Entry.__value__)
(T,) = SortedBag.__type_params__
print("constraints:", T.__constraints__, T.__bound__, T.__infer_variance__)
(P, R) = apply_all.__type_params__
print("paramspec:", P, P.args, P.kwargs, R)
(Ts,) = head_tail.__type_params__
print("typevartuple:", Ts, type(Ts).__name__)
print("generic alias:", Stack[str], list[Stack[int]] | None)
print("annotations:", zip_pairs.__annotations__)
print("isinstance:", isinstance(s, Stack), isinstance(3, Key.__value__), isinstance("k", int | None))
try:
    class Bad(T):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    Key[int]
except TypeError as e:
    print("TypeError:", e)
