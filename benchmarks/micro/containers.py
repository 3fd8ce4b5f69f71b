def run(n):
    items = []
    counts = {}
    for i in range(n):
        items.append(i % 100)
    for x in items:
        counts[x] = counts.get(x, 0) + 1
    total = 0
    for k in counts:
        total += counts[k] * k
    return total, len(items)

print(run(6_000_000))
