# Dynamic programming classics: knapsack with reconstruction, LCS with diff output, edit distance
# with operations, coin change, longest increasing subsequence, matrix-chain order.


def knapsack(items, capacity):
    n = len(items)
    best = [[0] * (capacity + 1) for _ in range(n + 1)]
    for i, (_, weight, value) in enumerate(items, 1):
        for cap in range(capacity + 1):
            best[i][cap] = best[i - 1][cap]
            if weight <= cap:
                best[i][cap] = max(best[i][cap], best[i - 1][cap - weight] + value)
    chosen, cap = [], capacity
    for i in range(n, 0, -1):
        if best[i][cap] != best[i - 1][cap]:
            chosen.append(items[i - 1][0])
            cap -= items[i - 1][1]
    return best[n][capacity], chosen[::-1]


ITEMS = [("map", 9, 150), ("compass", 13, 35), ("water", 153, 200), ("sandwich", 50, 160),
         ("glucose", 15, 60), ("tin", 68, 45), ("banana", 27, 60), ("apple", 39, 40), ("cheese", 23, 30),
         ("beer", 52, 10), ("suntan", 11, 70), ("camera", 32, 30), ("tshirt", 24, 15), ("trousers", 48, 10),
         ("umbrella", 73, 40), ("wtrousers", 42, 70), ("woverclothes", 43, 75), ("notecase", 22, 80),
         ("sunglasses", 7, 20), ("towel", 18, 12), ("socks", 4, 50), ("book", 30, 10)]
print("knapsack:", knapsack(ITEMS, 400))


def lcs_diff(a, b):
    m, n = len(a), len(b)
    L = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m - 1, -1, -1):
        for j in range(n - 1, -1, -1):
            L[i][j] = L[i + 1][j + 1] + 1 if a[i] == b[j] else max(L[i + 1][j], L[i][j + 1])
    i = j = 0
    out = []
    while i < m and j < n:
        if a[i] == b[j]:
            out.append("  " + a[i])
            i += 1
            j += 1
        elif L[i + 1][j] >= L[i][j + 1]:
            out.append("- " + a[i])
            i += 1
        else:
            out.append("+ " + b[j])
            j += 1
    out += ["- " + x for x in a[i:]] + ["+ " + x for x in b[j:]]
    return L[0][0], out


old = "def f(x):\n    y = x + 1\n    return y\nprint(f(2))".splitlines()
new = "def f(x):\n    z = x * 2\n    y = z + 1\n    return y\nprint(f(3))".splitlines()
length, diff = lcs_diff(old, new)
print("lcs lines:", length)
print("\n".join(diff))


def edit_ops(a, b):
    m, n = len(a), len(b)
    D = [[0] * (n + 1) for _ in range(m + 1)]
    for i in range(m + 1):
        D[i][0] = i
    for j in range(n + 1):
        D[0][j] = j
    for i in range(1, m + 1):
        for j in range(1, n + 1):
            D[i][j] = min(D[i - 1][j] + 1, D[i][j - 1] + 1, D[i - 1][j - 1] + (a[i - 1] != b[j - 1]))
    ops, i, j = [], m, n
    while i or j:
        if i and j and D[i][j] == D[i - 1][j - 1] + (a[i - 1] != b[j - 1]):
            if a[i - 1] != b[j - 1]:
                ops.append(f"sub {a[i - 1]}->{b[j - 1]}")
            i, j = i - 1, j - 1
        elif i and D[i][j] == D[i - 1][j] + 1:
            ops.append(f"del {a[i - 1]}")
            i -= 1
        else:
            ops.append(f"ins {b[j - 1]}")
            j -= 1
    return D[m][n], ops[::-1]


for a, b in [("kitten", "sitting"), ("sunday", "saturday"), ("", "abc"), ("naïve", "native")]:
    print(a, b, edit_ops(a, b))


def coin_change(coins, amount):
    ways = [1] + [0] * amount
    fewest = [0] + [float("inf")] * amount
    for coin in coins:
        for v in range(coin, amount + 1):
            ways[v] += ways[v - coin]
            fewest[v] = min(fewest[v], fewest[v - coin] + 1)
    return ways[amount], fewest[amount]


print("coin change 100 (US):", coin_change([1, 5, 10, 25, 50], 100), "200 (UK):", coin_change([1, 2, 5, 10, 20, 50, 100, 200], 200))


def lis(seq):
    tails, prev_idx, tail_idx = [], [None] * len(seq), []
    for i, x in enumerate(seq):
        lo, hi = 0, len(tails)
        while lo < hi:
            mid = (lo + hi) // 2
            if tails[mid] < x:
                lo = mid + 1
            else:
                hi = mid
        if lo == len(tails):
            tails.append(x)
            tail_idx.append(i)
        else:
            tails[lo] = x
            tail_idx[lo] = i
        prev_idx[i] = tail_idx[lo - 1] if lo else None
    out, k = [], tail_idx[-1]
    while k is not None:
        out.append(seq[k])
        k = prev_idx[k]
    return out[::-1]


print("LIS:", lis([3, 10, 2, 1, 20, 4, 6, 7, 30, 5, 8, 9, 1]))


def matrix_chain(dims):
    n = len(dims) - 1
    cost = [[0] * n for _ in range(n)]
    split = [[0] * n for _ in range(n)]
    for length in range(2, n + 1):
        for i in range(n - length + 1):
            j = i + length - 1
            cost[i][j] = float("inf")
            for k in range(i, j):
                c = cost[i][k] + cost[k + 1][j] + dims[i] * dims[k + 1] * dims[j + 1]
                if c < cost[i][j]:
                    cost[i][j], split[i][j] = c, k

    def paren(i, j):
        return f"M{i + 1}" if i == j else f"({paren(i, split[i][j])}{paren(split[i][j] + 1, j)})"

    return cost[0][n - 1], paren(0, n - 1)


print("matrix chain:", matrix_chain([30, 35, 15, 5, 10, 20, 25]))
