# Iterator and iterable classes: __iter__/__next__, re-iterable containers vs one-shot iterators,
# __reversed__, __getitem__-based iteration, __length_hint__, and iterator chaining.


class Fib:
    """A re-iterable container: each iter() call starts afresh."""

    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        a, b = 0, 1
        while a <= self.limit:
            yield a
            a, b = b, a + b


class CountDown:
    """A one-shot iterator."""

    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current < 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1

    def __length_hint__(self):
        return max(self.current + 1, 0)


class Squares:
    """Old-style iteration through __getitem__ until IndexError."""

    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * i


class Span:
    def __init__(self, lo, hi):
        self.lo, self.hi = lo, hi

    def __iter__(self):
        return iter(range(self.lo, self.hi))

    def __reversed__(self):
        return iter(range(self.hi - 1, self.lo - 1, -1))

    def __len__(self):
        return self.hi - self.lo

    def __contains__(self, x):
        return self.lo <= x < self.hi


f = Fib(100)
print(list(f), sum(f), list(f)[-1], max(f), 89 in f, 90 in f)
cd = CountDown(3)
print(next(cd), list(cd), list(cd), cd.__length_hint__())
import operator
print(operator.length_hint(CountDown(10)), operator.length_hint(iter([1, 2, 3])))
print(list(Squares()), 16 in Squares(), 17 in Squares(), list(enumerate(Squares()))[:2])
sp = Span(3, 8)
print(list(sp), list(reversed(sp)), len(sp), 5 in sp, 8 in sp, sorted(sp, reverse=True)[:2])


class Peekable:
    def __init__(self, iterable):
        self.it = iter(iterable)
        self.buffer = []

    def __iter__(self):
        return self

    def __next__(self):
        if self.buffer:
            return self.buffer.pop()
        return next(self.it)

    def peek(self, default=None):
        if not self.buffer:
            try:
                self.buffer.append(next(self.it))
            except StopIteration:
                return default
        return self.buffer[-1]


p = Peekable("abc")
print(p.peek(), next(p), p.peek(), p.peek(), list(p), p.peek("end"))


def tokenize(text):
    it = Peekable(text)
    tokens = []
    for ch in it:
        if ch.isdigit():
            num = ch
            while (nxt := it.peek()) is not None and nxt.isdigit():
                num += next(it)
            tokens.append(int(num))
        elif not ch.isspace():
            tokens.append(ch)
    return tokens


print(tokenize("12+345 * (6-78)"))


class Chain:
    def __init__(self, *iterables):
        self.iterables = iterables

    def __iter__(self):
        for it in self.iterables:
            yield from it


print(list(Chain(Fib(10), CountDown(2), Squares(), "xy")))
it = iter([1, 2, 3])
print(iter(it) is it, next(it), list(it), next(it, "done"))
try:
    next(iter([]))
except StopIteration as e:
    print("StopIteration", e.args)
try:
    iter(5)
except TypeError as e:
    print("TypeError:", e)
