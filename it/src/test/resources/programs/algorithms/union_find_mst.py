# Union-find with path compression and union by rank; Kruskal's and Prim's minimum spanning trees;
# connected components of a grid of islands.


class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.rank = {x: 0 for x in items}
        self.size = {x: 1 for x in items}

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.rank[ra] < self.rank[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        if self.rank[ra] == self.rank[rb]:
            self.rank[ra] += 1
        return True

    def groups(self):
        out = {}
        for x in self.parent:
            out.setdefault(self.find(x), []).append(x)
        return sorted(sorted(g) for g in out.values())


CITIES = "ABCDEFGH"
ROADS = [(4, "A", "B"), (8, "A", "H"), (11, "B", "H"), (8, "B", "C"), (7, "H", "G"), (1, "G", "F"),
         (2, "C", "I"), (6, "G", "I"), (7, "C", "D"), (4, "C", "F"), (14, "D", "F"), (9, "D", "E"),
         (10, "F", "E"), (2, "H", "I")]
nodes = sorted({n for _, a, b in ROADS for n in (a, b)})


def kruskal(nodes, edges):
    ds = DisjointSet(nodes)
    tree = [(w, a, b) for w, a, b in sorted(edges) if ds.union(a, b)]
    return sum(w for w, _, _ in tree), tree


def prim(nodes, edges, start):
    adj = {n: [] for n in nodes}
    for w, a, b in edges:
        adj[a].append((w, b))
        adj[b].append((w, a))
    in_tree, total, tree = {start}, 0, []
    while len(in_tree) < len(nodes):
        w, a, b = min((w, a, b) for a in in_tree for w, b in adj[a] if b not in in_tree)
        in_tree.add(b)
        total += w
        tree.append((w, a, b))
    return total, tree


k_total, k_tree = kruskal(nodes, ROADS)
p_total, p_tree = prim(nodes, ROADS, "A")
print("kruskal:", k_total, k_tree)
print("prim:   ", p_total, p_tree)
print("same weight:", k_total == p_total)

ds = DisjointSet(range(10))
for a, b in [(0, 1), (2, 3), (1, 3), (5, 6), (7, 7), (8, 9), (9, 5)]:
    ds.union(a, b)
print(ds.groups(), ds.find(2) == ds.find(0), ds.size[ds.find(6)], ds.union(0, 2))

MAP = """\
11000110
11000100
00100001
00011011
10000011
10111000""".splitlines()
cells = [(r, c) for r, row in enumerate(MAP) for c, ch in enumerate(row) if ch == "1"]
islands = DisjointSet(cells)
for r, c in cells:
    for nr, nc in ((r + 1, c), (r, c + 1)):
        if (nr, nc) in islands.parent:
            islands.union((r, c), (nr, nc))
groups = islands.groups()
print("islands:", len(groups), "sizes:", sorted(len(g) for g in groups), "largest starts at", max(groups, key=len)[0])
