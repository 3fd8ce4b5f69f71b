# Text layout algorithms: greedy and minimum-raggedness (dynamic programming) line breaking, full
# justification with distributed spaces, and centered/right alignment in a fixed width.

TEXT = ("Weft is an ahead-of-time compiler from Python three thirteen to JVM bytecode. Its runtime is "
        "free-threaded, so CPU-bound threads run in parallel on every core. Programs must print exactly "
        "what CPython prints, which makes integration tests simple to state and hard to pass.")
WORDS = TEXT.split()


def greedy(words, width):
    lines, current = [], []
    for w in words:
        if current and len(" ".join(current + [w])) > width:
            lines.append(current)
            current = []
        current.append(w)
    if current:
        lines.append(current)
    return lines


def min_raggedness(words, width):
    n = len(words)
    cost = [0] + [float("inf")] * n
    breaks = [0] * (n + 1)
    for j in range(1, n + 1):
        length = -1
        for i in range(j, 0, -1):
            length += len(words[i - 1]) + 1
            if length > width:
                break
            penalty = 0 if j == n else (width - length) ** 2
            if cost[i - 1] + penalty < cost[j]:
                cost[j] = cost[i - 1] + penalty
                breaks[j] = i - 1
    lines, j = [], n
    while j > 0:
        lines.append(words[breaks[j]:j])
        j = breaks[j]
    return lines[::-1], cost[n]


def justify(line, width, last):
    if last or len(line) == 1:
        return " ".join(line).ljust(width)
    gaps = len(line) - 1
    spaces = width - sum(len(w) for w in line)
    base, extra = divmod(spaces, gaps)
    out = ""
    for k, w in enumerate(line[:-1]):
        out += w + " " * (base + (1 if k < extra else 0))
    return out + line[-1]


def raggedness(lines, width):
    return sum((width - len(" ".join(l))) ** 2 for l in lines[:-1])


for width in (28, 40):
    g = greedy(WORDS, width)
    d, cost = min_raggedness(WORDS, width)
    print(f"width {width}: greedy {len(g)} lines raggedness {raggedness(g, width)}; optimal {len(d)} lines raggedness {cost}")
    for k, line in enumerate(d):
        print("|" + justify(line, width, k == len(d) - 1) + "|")
print()
for line in greedy(WORDS[:12], 30):
    text = " ".join(line)
    print(f"[{text:^30}] [{text:>30}]")
