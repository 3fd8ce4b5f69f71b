# Data-processing with itertools and the recipes from its documentation (written here):
# batching, sliding windows, grouping runs, round robin, unique_everseen, powerset,
# partitions, accumulate with functions, product/permutations/combinations, islice, tee.
import itertools as it
import operator
from collections import deque


def sliding_window(iterable, n):
    window = deque(it.islice(iterable := iter(iterable), n - 1), maxlen=n)
    for x in iterable:
        window.append(x)
        yield tuple(window)


def roundrobin(*iterables):
    active = len(iterables)
    nexts = it.cycle(iter(x).__next__ for x in iterables)
    while active:
        try:
            for nxt in nexts:
                yield nxt()
        except StopIteration:
            active -= 1
            nexts = it.cycle(it.islice(nexts, active))


def unique_everseen(iterable, key=None):
    seen = set()
    for element in iterable:
        k = element if key is None else key(element)
        if k not in seen:
            seen.add(k)
            yield element


def powerset(iterable):
    s = list(iterable)
    return it.chain.from_iterable(it.combinations(s, r) for r in range(len(s) + 1))


def partition(pred, iterable):
    t1, t2 = it.tee(iterable)
    return list(it.filterfalse(pred, t1)), list(filter(pred, t2))


def run_length(text):
    return [(ch, len(list(group))) for ch, group in it.groupby(text)]


readings = [3, 5, 4, 8, 12, 11, 9, 15, 14, 13, 20, 2]
print("batched:", list(it.batched(readings, 5)))
print("pairwise deltas:", [b - a for a, b in it.pairwise(readings)])
print("moving avg:", [round(sum(w) / 3, 2) for w in sliding_window(readings, 3)])
print("running max:", list(it.accumulate(readings, max)))
print("running total:", list(it.accumulate(readings, initial=100)))
print("products:", list(it.accumulate(range(1, 8), operator.mul)))
print("compress:", list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
print("takewhile/dropwhile:", list(it.takewhile(lambda x: x < 10, readings)),
      list(it.dropwhile(lambda x: x < 10, readings)))
print("starmap:", list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print("zip_longest:", list(it.zip_longest("abc", [1, 2], fillvalue="-")))
print("islice:", list(it.islice(it.count(10, 5), 2, 12, 3)), list(it.islice("abcdefg", 4)))
print("repeat:", list(it.repeat("x", 3)), list(map(pow, range(5), it.repeat(2))))
print("roundrobin:", "".join(roundrobin("ABC", "D", "EF")))
print("unique:", list(unique_everseen("AAAABBBCCDAABBB")), list(unique_everseen("ABBcCAD", str.lower)))
print("powerset:", ["".join(s) for s in powerset("abc")])
print("partition:", partition(lambda x: x % 2, range(10)))
print("rle:", run_length("aaabccddddde"))

print("-- grouping a log")
log = [("2024-05-01", "login", "ann"), ("2024-05-01", "view", "ann"), ("2024-05-01", "login", "bob"),
       ("2024-05-02", "view", "bob"), ("2024-05-02", "logout", "ann"), ("2024-05-03", "login", "cy")]
for day, events in it.groupby(log, key=operator.itemgetter(0)):
    events = list(events)
    users = sorted({e[2] for e in events})
    print(f"  {day}: {len(events)} events by {users}; kinds={[k for k, _ in it.groupby(sorted(e[1] for e in events))]}")

print("-- combinatorics")
print(list(it.product("ab", repeat=2)), len(list(it.product(range(3), "xy", [True]))))
print(list(it.permutations("abc", 2)))
print(list(it.combinations(range(5), 3))[:4], len(list(it.combinations(range(10), 4))))
print(list(it.combinations_with_replacement("ab", 3)))
coins = [1, 2, 5]
ways = [c for r in range(1, 5) for c in it.combinations_with_replacement(coins, r) if sum(c) == 7]
print("ways to make 7:", ways)

print("-- tee and chaining")
a, b, c = it.tee(iter(range(5)), 3)
next(b)
next(c), next(c)
print(list(zip(a, b, c)))
print(list(it.chain("ab", [1, 2], (None,))), list(it.chain.from_iterable(["xy", "z"])))
counter = it.count(start=1.5, step=0.5)
print([next(counter) for _ in range(4)], repr(counter))
cyc = it.cycle("RGB")
print("".join(next(cyc) for _ in range(8)))
try:
    list(it.batched("abc", 0))
except ValueError as e:
    print("ValueError:", e)
try:
    it.islice("abc", -1)
except ValueError as e:
    print("ValueError:", e)
