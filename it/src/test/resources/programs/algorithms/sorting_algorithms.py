# Sorting algorithms written by hand, checked against sorted(): insertion, selection, bubble,
# merge, quick (3-way), heap, shell, counting, radix, and stability checks.


def lcg_values(n, seed, mod):
    out = []
    for _ in range(n):
        seed = (seed * 1103515245 + 12345) & 0x7FFFFFFF
        out.append(seed % mod)
    return out


def insertion(a):
    a = list(a)
    for i in range(1, len(a)):
        x, j = a[i], i - 1
        while j >= 0 and a[j] > x:
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = x
    return a


def selection(a):
    a = list(a)
    for i in range(len(a)):
        m = min(range(i, len(a)), key=a.__getitem__)
        a[i], a[m] = a[m], a[i]
    return a


def bubble(a):
    a = list(a)
    n = len(a)
    swapped = True
    while swapped:
        swapped = False
        for i in range(1, n):
            if a[i - 1] > a[i]:
                a[i - 1], a[i] = a[i], a[i - 1]
                swapped = True
        n -= 1
    return a


def merge_sort(a):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    left, right = merge_sort(a[:mid]), merge_sort(a[mid:])
    out, i, j = [], 0, 0
    while i < len(left) and j < len(right):
        if right[j] < left[i]:
            out.append(right[j])
            j += 1
        else:
            out.append(left[i])
            i += 1
    return out + left[i:] + right[j:]


def quick3(a):
    if len(a) <= 1:
        return list(a)
    pivot = sorted([a[0], a[len(a) // 2], a[-1]])[1]
    return (quick3([x for x in a if x < pivot]) + [x for x in a if x == pivot]
            + quick3([x for x in a if x > pivot]))


def heap_sort(a):
    a = list(a)

    def sift(start, end):
        root = start
        while 2 * root + 1 <= end:
            child = 2 * root + 1
            if child + 1 <= end and a[child] < a[child + 1]:
                child += 1
            if a[root] < a[child]:
                a[root], a[child] = a[child], a[root]
                root = child
            else:
                return

    for start in range(len(a) // 2 - 1, -1, -1):
        sift(start, len(a) - 1)
    for end in range(len(a) - 1, 0, -1):
        a[0], a[end] = a[end], a[0]
        sift(0, end - 1)
    return a


def shell(a):
    a = list(a)
    gap = len(a) // 2
    while gap:
        for i in range(gap, len(a)):
            x, j = a[i], i
            while j >= gap and a[j - gap] > x:
                a[j] = a[j - gap]
                j -= gap
            a[j] = x
        gap //= 2
    return a


def counting(a):
    if not a:
        return []
    lo, hi = min(a), max(a)
    counts = [0] * (hi - lo + 1)
    for x in a:
        counts[x - lo] += 1
    return [lo + i for i, c in enumerate(counts) for _ in range(c)]


def radix(a):
    a = list(a)
    exp = 1
    while a and max(a) // exp:
        buckets = [[] for _ in range(10)]
        for x in a:
            buckets[x // exp % 10].append(x)
        a = [x for b in buckets for x in b]
        exp *= 10
    return a


ALGORITHMS = [insertion, selection, bubble, merge_sort, quick3, heap_sort, shell, counting, radix]
datasets = {
    "random": lcg_values(400, 7, 1000),
    "sorted": list(range(200)),
    "reversed": list(range(200, 0, -1)),
    "few unique": lcg_values(300, 3, 4),
    "empty": [],
    "single": [42],
}
for name, data in datasets.items():
    expected = sorted(data)
    verdicts = [fn.__name__ for fn in ALGORITHMS if fn(data) != expected]
    print(f"{name:<11} n={len(data):<4} all agree: {not verdicts} {verdicts or ''} head={expected[:5]}")

records = [(k, i) for i, k in enumerate(lcg_values(60, 11, 5))]


class Keyed:
    def __init__(self, rec):
        self.rec = rec

    def __lt__(self, other):
        return self.rec[0] < other.rec[0]

    def __gt__(self, other):
        return self.rec[0] > other.rec[0]


for fn in [insertion, merge_sort, bubble, shell, heap_sort, selection]:
    out = [k.rec for k in fn([Keyed(r) for r in records])]
    stable = out == sorted(records, key=lambda r: r[0])
    print(f"{fn.__name__:<10} stable on this input: {stable}")
words = "delta Alpha charlie bravo Echo alpha".split()
print(sorted(words), sorted(words, key=str.casefold), sorted(words, key=lambda w: (len(w), w), reverse=True))
