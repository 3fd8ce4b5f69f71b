# Abstract base classes: abc.ABC with abstractmethod/abstract properties, registering virtual
# subclasses, collections.abc mixins for a custom mapping and sequence, and __subclasshook__.
from abc import ABC, abstractmethod
from collections.abc import MutableMapping, Sequence, Iterable, Sized, Container, Hashable


class Storage(ABC):
    @abstractmethod
    def read(self, key): ...

    @abstractmethod
    def write(self, key, value): ...

    @property
    @abstractmethod
    def kind(self): ...

    def copy_to(self, other, keys):
        for k in keys:
            other.write(k, self.read(k))
        return other


class MemoryStorage(Storage):
    kind = "memory"

    def __init__(self):
        self.data = {}

    def read(self, key):
        return self.data[key]

    def write(self, key, value):
        self.data[key] = value


class HalfDone(Storage):
    def read(self, key):
        return None


try:
    Storage()
except TypeError as e:
    print("TypeError:", e)
try:
    HalfDone()
except TypeError as e:
    print("TypeError:", e)
a, b = MemoryStorage(), MemoryStorage()
a.write("x", 1)
a.write("y", 2)
print(a.copy_to(b, ["y"]).data, a.kind, isinstance(a, Storage), Storage.__abstractmethods__ == frozenset({"read", "write", "kind"}))


class CaseInsensitiveDict(MutableMapping):
    def __init__(self, *args, **kwargs):
        self._store = {}
        self.update(*args, **kwargs)

    def __getitem__(self, key):
        return self._store[key.lower()][1]

    def __setitem__(self, key, value):
        self._store[key.lower()] = (key, value)

    def __delitem__(self, key):
        del self._store[key.lower()]

    def __iter__(self):
        return (original for original, _ in self._store.values())

    def __len__(self):
        return len(self._store)

    def __repr__(self):
        return f"CaseInsensitiveDict({dict(self.items())})"


headers = CaseInsensitiveDict({"Content-Type": "text/html"}, Accept="*/*")
headers["content-length"] = "42"
print(headers["CONTENT-TYPE"], "accept" in headers, len(headers), list(headers), headers.get("missing", "-"))
print(headers.pop("ACCEPT"), headers.setdefault("X-New", "1"), sorted(headers.keys()), headers == {"content-type": "text/html", "Content-Length": "42", "X-New": "1"})
del headers["x-new"]
print(headers, dict(headers.items()) == {"Content-Type": "text/html", "content-length": "42"})


class Countdown(Sequence):
    def __init__(self, start):
        self.start = start

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError("countdown index out of range")
        return self.start - i

    def __len__(self):
        return self.start + 1


cd = Countdown(5)
print(list(cd), cd[1:4], cd[-1], 3 in cd, cd.index(2), cd.count(9), list(reversed(cd)), max(cd))
try:
    cd[10]
except IndexError as e:
    print("IndexError:", e)


class Duck:
    def __len__(self):
        return 0

    def __contains__(self, x):
        return False

    def __iter__(self):
        return iter(())


print(isinstance(Duck(), Sized), isinstance(Duck(), Container), isinstance(Duck(), Iterable), isinstance([], Hashable))


class Plugin(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Plugin:
            return hasattr(C, "activate") or NotImplemented
        return NotImplemented


class Looks:
    def activate(self):
        return "on"


class Registered:
    pass


Plugin.register(Registered)
print(isinstance(Looks(), Plugin), isinstance(Registered(), Plugin), issubclass(int, Plugin), issubclass(Registered, Plugin))
