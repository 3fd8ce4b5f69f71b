# Merge sort that sorts halves on separate threads down to a depth, plus a parallel k-way merge check.
import heapq
import threading


def lcg(seed):
    while True:
        seed = (seed * 6364136223846793005 + 1442695040888963407) % 2**64
        yield seed >> 33


def merge(a, b):
    out = []
    i = j = 0
    while i < len(a) and j < len(b):
        if a[i] <= b[j]:
            out.append(a[i])
            i += 1
        else:
            out.append(b[j])
            j += 1
    out.extend(a[i:])
    out.extend(b[j:])
    return out


def merge_sort(items, depth=0, spawned=None):
    if len(items) <= 1:
        return items
    mid = len(items) // 2
    if depth < 3:
        box = {}
        t = threading.Thread(target=lambda: box.setdefault("left", merge_sort(items[:mid], depth + 1, spawned)))
        t.start()
        right = merge_sort(items[mid:], depth + 1, spawned)
        t.join()
        if spawned is not None:
            with spawned_lock:
                spawned.append(depth)
        return merge(box["left"], right)
    return merge(merge_sort(items[:mid], depth + 1), merge_sort(items[mid:], depth + 1))


spawned_lock = threading.Lock()
gen = lcg(2024)
data = [next(gen) % 100_000 for _ in range(20_000)]
spawned = []
result = merge_sort(data, spawned=spawned)
print("sorted correctly:", result == sorted(data), "length:", len(result))
print("threads spawned per depth:", sorted((d, spawned.count(d)) for d in set(spawned)))
print("min/median/max:", result[0], result[len(result) // 2], result[-1])

runs = [sorted(data[i::4]) for i in range(4)]
print("k-way merge agrees:", list(heapq.merge(*runs)) == result)
words = ["pear", "Apple", "fig", "banana", "Cherry", "date", "elderberry", "apple"]
print(merge_sort(words), sorted(words, key=str.lower))
stable = merge_sort([(k % 3, k) for k in range(10)])
print(stable)
