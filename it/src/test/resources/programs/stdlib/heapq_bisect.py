# heapq and bisect: a timer wheel/event queue, top-k, merging sorted streams, and grade lookup,
# insort-maintained leaderboards, and range counting on sorted data.
import bisect
import heapq

events = []
for t, name in [(5, "flush"), (1, "boot"), (3, "poll"), (3, "ping"), (9, "halt"), (1, "log")]:
    heapq.heappush(events, (t, name))
print(events[0], len(events))
print([heapq.heappop(events) for _ in range(len(events))])

data = [37, 5, 91, 18, 64, 2, 77, 43, 29, 88, 10]
heap = list(data)
heapq.heapify(heap)
print(heap[0], heapq.nsmallest(3, data), heapq.nlargest(3, data), heapq.nlargest(2, ["bb", "a", "ccc"], key=len))
print(heapq.heappushpop(heap, 1), heapq.heapreplace(heap, 100), sorted(heap)[:3])
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 11])), list(heapq.merge(["c", "a"], ["b"], key=str, reverse=True)))


def running_median(values):
    low, high, out = [], [], []
    for v in values:
        heapq.heappush(low, -v)
        heapq.heappush(high, -heapq.heappop(low))
        if len(high) > len(low):
            heapq.heappush(low, -heapq.heappop(high))
        out.append(-low[0] if len(low) > len(high) else (-low[0] + high[0]) / 2)
    return out


print(running_median([5, 15, 1, 3, 2, 8, 7, 9, 10, 6, 11, 4]))


def k_closest(points, k):
    return heapq.nsmallest(k, points, key=lambda p: (p[0] ** 2 + p[1] ** 2, p))


print(k_closest([(3, 3), (5, -1), (-2, 4), (1, 1), (0, -2), (2, 2)], 3))

BREAKPOINTS = [60, 70, 80, 90]
GRADES = "FDCBA"
scores = [33, 99, 77, 70, 89, 90, 60, 59, 100]
print([GRADES[bisect.bisect(BREAKPOINTS, s)] for s in scores])
sorted_scores = sorted(scores)
print(bisect.bisect_left(sorted_scores, 70), bisect.bisect_right(sorted_scores, 70), bisect.bisect(sorted_scores, 1000))
print("scores in [60, 90):", bisect.bisect_left(sorted_scores, 90) - bisect.bisect_left(sorted_scores, 60))
board = []
for name, pts in [("ann", 30), ("bob", 50), ("cy", 40), ("dee", 50), ("eve", 10)]:
    bisect.insort(board, (-pts, name))
print([(n, -p) for p, n in board])
bisect.insort_left(board, (-40, "aaa"))
print(board[:4], bisect.bisect_left(board, (-45, "")))
words = sorted(["apple", "banana", "cherry", "date", "fig"])
i = bisect.bisect_left(words, "c")
print(words[i:bisect.bisect_left(words, "d")], bisect.bisect_left(words, "apricot"))
records = [(1, "a"), (4, "b"), (9, "c")]
print(bisect.bisect_left(records, 4, key=lambda r: r[0]), bisect.bisect_right(records, 4, key=lambda r: r[0]))
