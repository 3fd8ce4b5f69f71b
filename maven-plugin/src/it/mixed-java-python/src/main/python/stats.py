"""Python functions called from Java (example.Main); uses Java classes itself."""
from java.util import ArrayList
from java.util.concurrent import Executors
from java.lang import Runnable

from example import Greeter


def mean(values):
    if not values:
        raise ValueError("mean of an empty list")
    return sum(values) / len(values)


def summary(values):
    return {"min": min(values), "max": max(values), "sorted": sorted(values)}


class WordCounter:
    def __init__(self):
        self.counts = {}

    def add(self, text):
        for word in text.split():
            self.counts[word] = self.counts.get(word, 0) + 1

    def top(self, n):
        return sorted(self.counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def greet_all(names):
    greeter = Greeter("Hello")
    out = ArrayList()
    for name in names:
        out.add(greeter.greet(name))
    return "; ".join(out) + f" ({greeter.greeted} greeted)"


class Square(Runnable):
    def __init__(self, n, results):
        self.n = n
        self.results = results

    def run(self):
        self.results.append(self.n * self.n)


def squares_in_parallel(count):
    results = []
    pool = Executors.newFixedThreadPool(2)
    try:
        futures = [pool.submit(Square(i, results)) for i in range(count)]
        for f in futures:
            f.get()
    finally:
        pool.shutdown()
    return sorted(results)


def note():
    print("note: called through java.lang.Runnable")
