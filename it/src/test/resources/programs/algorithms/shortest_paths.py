# Weighted shortest paths: Dijkstra with a hand-written binary heap, Bellman-Ford with negative
# edges, Floyd-Warshall, and A* on a grid maze.


class MinHeap:
    def __init__(self):
        self.items = []

    def push(self, item):
        a = self.items
        a.append(item)
        i = len(a) - 1
        while i and a[(i - 1) // 2] > a[i]:
            a[(i - 1) // 2], a[i] = a[i], a[(i - 1) // 2]
            i = (i - 1) // 2

    def pop(self):
        a = self.items
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                l, r, m = 2 * i + 1, 2 * i + 2, i
                if l < len(a) and a[l] < a[m]:
                    m = l
                if r < len(a) and a[r] < a[m]:
                    m = r
                if m == i:
                    break
                a[i], a[m] = a[m], a[i]
                i = m
        return top

    def __len__(self):
        return len(self.items)


ROADS = [("A", "B", 7), ("A", "C", 9), ("A", "F", 14), ("B", "C", 10), ("B", "D", 15), ("C", "D", 11),
         ("C", "F", 2), ("D", "E", 6), ("E", "F", 9), ("F", "G", 1), ("G", "E", 3)]


def dijkstra(edges, source):
    adj = {}
    for u, v, w in edges:
        adj.setdefault(u, []).append((v, w))
        adj.setdefault(v, []).append((u, w))
    dist, prev = {source: 0}, {}
    heap = MinHeap()
    heap.push((0, source))
    while heap:
        d, u = heap.pop()
        if d > dist[u]:
            continue
        for v, w in adj[u]:
            if d + w < dist.get(v, float("inf")):
                dist[v] = d + w
                prev[v] = u
                heap.push((d + w, v))
    return dist, prev


dist, prev = dijkstra(ROADS, "A")
for node in sorted(dist):
    path, cur = [node], node
    while cur in prev:
        cur = prev[cur]
        path.append(cur)
    print(f"A->{node}: {dist[node]:>3} via {'-'.join(reversed(path))}")


def bellman_ford(nodes, edges, source):
    dist = {n: float("inf") for n in nodes}
    dist[source] = 0
    for _ in range(len(nodes) - 1):
        for u, v, w in edges:
            if dist[u] + w < dist[v]:
                dist[v] = dist[u] + w
    for u, v, w in edges:
        if dist[u] + w < dist[v]:
            raise ValueError("negative cycle reachable from " + source)
    return dist


directed = [("s", "a", 4), ("s", "b", 5), ("a", "c", -3), ("b", "a", -2), ("c", "d", 4), ("b", "d", 8)]
print("bellman-ford:", sorted(bellman_ford("sabcd", directed, "s").items()))
try:
    bellman_ford("sabcd", directed + [("d", "b", -10)], "s")
except ValueError as e:
    print("ValueError:", e)

INF = float("inf")
nodes = "wxyz"
w = {(u, v): INF for u in nodes for v in nodes}
for u in nodes:
    w[u, u] = 0
for u, v, c in [("w", "x", 3), ("x", "y", 1), ("y", "z", 7), ("w", "z", 15), ("z", "w", 2), ("y", "w", 4)]:
    w[u, v] = c
for k in nodes:
    for i in nodes:
        for j in nodes:
            if w[i, k] + w[k, j] < w[i, j]:
                w[i, j] = w[i, k] + w[k, j]
for i in nodes:
    print("floyd", i, [w[i, j] for j in nodes])

MAZE = """\
S....#........
.##.##.######.
.#...#......#.
.#.####.###.#.
.#......#...#.
.######.#.###.
......#...#..G""".splitlines()


def astar(maze):
    rows, cols = len(maze), len(maze[0])
    find = lambda ch: next((r, c) for r in range(rows) for c in range(cols) if maze[r][c] == ch)
    start, goal = find("S"), find("G")
    h = lambda p: abs(p[0] - goal[0]) + abs(p[1] - goal[1])
    heap = MinHeap()
    heap.push((h(start), 0, start))
    came, cost, expanded = {start: None}, {start: 0}, 0
    while heap:
        _, g_cost, cur = heap.pop()
        if cur == goal:
            break
        if g_cost > cost[cur]:
            continue
        expanded += 1
        r, c = cur
        for nr, nc in ((r + 1, c), (r - 1, c), (r, c + 1), (r, c - 1)):
            if 0 <= nr < rows and 0 <= nc < cols and maze[nr][nc] != "#":
                ng = g_cost + 1
                if ng < cost.get((nr, nc), INF):
                    cost[(nr, nc)] = ng
                    came[(nr, nc)] = cur
                    heap.push((ng + h((nr, nc)), ng, (nr, nc)))
    path, cur = [], goal
    while cur:
        path.append(cur)
        cur = came[cur]
    return cost[goal], path[::-1], expanded


length, path, expanded = astar(MAZE)
print("A* length:", length, "expanded <= cells:", expanded <= 98)
canvas = [list(row) for row in MAZE]
for r, c in path[1:-1]:
    canvas[r][c] = "*"
print("\n".join("".join(row) for row in canvas))
