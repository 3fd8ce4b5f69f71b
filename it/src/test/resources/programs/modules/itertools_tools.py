# itertools: infinite iterators, terminating iterators, combinatorics, batched and pairwise.
import itertools as it
import operator

print(list(it.islice(it.count(10, 5), 4)), list(it.islice(it.count(1.5, 0.5), 3)))
print(list(it.islice(it.cycle("abc"), 7)), list(it.repeat("x", 3)), list(map(pow, range(5), it.repeat(2))))
print(list(it.accumulate([1, 2, 3, 4, 5])), list(it.accumulate([3, 1, 4, 1, 5], max)),
      list(it.accumulate([1, 2, 3], operator.mul, initial=10)))
print(list(it.chain("ab", [1, 2], (None,))), list(it.chain.from_iterable(["xy", "z"])))
print(list(it.compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(it.dropwhile(lambda x: x < 3, [1, 2, 5, 1])),
      list(it.takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(it.filterfalse(str.isdigit, "a1b2c3")))
data = sorted(["apple", "avocado", "banana", "blueberry", "cherry", "apricot", "beet"])
for letter, group in it.groupby(data, key=lambda w: w[0]):
    print(" ", letter, list(group))
print([(k, len(list(g))) for k, g in it.groupby("aaabccccdaa")])
print(list(it.islice(range(20), 2, 15, 4)), list(it.islice("abcdef", 3)), list(it.pairwise("abcd")))
print(list(it.starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(it.zip_longest("ab", [1, 2, 3], fillvalue="-")))
a, b = it.tee([1, 2, 3])
print(list(a), list(b), list(it.batched(range(10), 3)), list(it.batched("abcdefg", 2)))
print(list(it.product("ab", [0, 1])), len(list(it.product(range(3), repeat=3))))
print(list(it.permutations("abc", 2)), len(list(it.permutations(range(5)))))
print(list(it.combinations([1, 2, 3, 4], 3)), list(it.combinations_with_replacement("xy", 2)))
coins = [1, 2, 5, 10, 20, 50]
ways = sum(1 for r in range(1, 5) for combo in it.combinations_with_replacement(coins, r) if sum(combo) == 20)
print("ways to make 20 with up to 4 coins:", ways)
best = min((p for p in it.permutations(range(6)) if all(abs(a - b) > 1 for a, b in it.pairwise(p))), default=None)
print("first permutation with no adjacent neighbours:", best)
squares = (n * n for n in it.count(1))
print(list(it.takewhile(lambda s: s < 100, squares)), next(squares))
running = list(it.accumulate(it.repeat(1, 5)))
print(running, list(it.chain(*zip("abc", "123"))))
fizz = ["Fizz" * (n % 3 == 0) + "Buzz" * (n % 5 == 0) or str(n) for n in range(1, 16)]
print(fizz)
print(sum(1 for _ in it.combinations(range(20), 4)), list(it.islice(it.permutations("abcd"), 5, 8)))
groups = {k: [v for _, v in g] for k, g in it.groupby(sorted([("x", 1), ("y", 2), ("x", 3)]), key=operator.itemgetter(0))}
print(groups)
