# Graph algorithms on adjacency lists: BFS shortest paths, iterative and recursive DFS, connected
# components, cycle detection, topological sort (Kahn and DFS), bipartite check.
from collections import deque

EDGES = [("a", "b"), ("a", "c"), ("b", "d"), ("c", "d"), ("d", "e"), ("e", "f"), ("c", "f"),
         ("g", "h"), ("h", "i"), ("i", "g"), ("j", "j")]


def undirected(edges):
    g = {}
    for u, v in edges:
        g.setdefault(u, []).append(v)
        g.setdefault(v, []).append(u)
    for k in g:
        g[k].sort()
    return g


def bfs(g, start):
    dist, parent = {start: 0}, {start: None}
    queue = deque([start])
    while queue:
        u = queue.popleft()
        for v in g[u]:
            if v not in dist:
                dist[v] = dist[u] + 1
                parent[v] = u
                queue.append(v)
    return dist, parent


def path_to(parent, target):
    path = []
    while target is not None:
        path.append(target)
        target = parent[target]
    return path[::-1]


def dfs_iterative(g, start):
    seen, order, stack = set(), [], [start]
    while stack:
        u = stack.pop()
        if u in seen:
            continue
        seen.add(u)
        order.append(u)
        stack.extend(reversed(g[u]))
    return order


def dfs_recursive(g, u, seen=None, order=None):
    if seen is None:
        seen, order = set(), []
    seen.add(u)
    order.append(u)
    for v in g[u]:
        if v not in seen:
            dfs_recursive(g, v, seen, order)
    return order


def components(g):
    seen, comps = set(), []
    for node in sorted(g):
        if node not in seen:
            comp = dfs_iterative(g, node)
            seen.update(comp)
            comps.append(sorted(comp))
    return comps


def is_bipartite(g, nodes):
    color = {}
    for s in nodes:
        if s in color:
            continue
        color[s] = 0
        queue = deque([s])
        while queue:
            u = queue.popleft()
            for v in g[u]:
                if v not in color:
                    color[v] = 1 - color[u]
                    queue.append(v)
                elif color[v] == color[u]:
                    return False
    return True


g = undirected(EDGES)
dist, parent = bfs(g, "a")
print("distances:", sorted(dist.items()))
print("path a->f:", path_to(parent, "f"), "path a->e:", path_to(parent, "e"))
print("dfs iterative:", dfs_iterative(g, "a"))
print("dfs recursive:", dfs_recursive(g, "a"))
print("components:", components(g))
for comp in components(g):
    print(f"  {comp} bipartite: {is_bipartite(g, comp)}")

TASKS = {
    "compile": ["fetch", "configure"], "configure": ["fetch"], "test": ["compile"],
    "package": ["compile", "docs"], "docs": ["configure"], "release": ["package", "test"], "fetch": [],
}


def kahn(deps):
    indegree = {t: len(d) for t, d in deps.items()}
    users = {t: [] for t in deps}
    for t, ds in deps.items():
        for d in ds:
            users[d].append(t)
    ready = sorted(t for t, n in indegree.items() if n == 0)
    order = []
    while ready:
        t = ready.pop(0)
        order.append(t)
        for u in sorted(users[t]):
            indegree[u] -= 1
            if indegree[u] == 0:
                ready.append(u)
                ready.sort()
    if len(order) != len(deps):
        raise ValueError("cycle detected among " + ", ".join(sorted(t for t in deps if t not in order)))
    return order


def topo_dfs(deps):
    state, order = {}, []

    def visit(t, trail):
        if state.get(t) == "done":
            return
        if state.get(t) == "active":
            raise ValueError("cycle: " + " -> ".join(trail + [t]))
        state[t] = "active"
        for d in sorted(deps[t]):
            visit(d, trail + [t])
        state[t] = "done"
        order.append(t)

    for t in sorted(deps):
        visit(t, [])
    return order


print("kahn:", kahn(TASKS))
print("dfs topo:", topo_dfs(TASKS))
cyclic = dict(TASKS, fetch=["release"])
for fn in (kahn, topo_dfs):
    try:
        fn(cyclic)
    except ValueError as e:
        print(f"{fn.__name__}: {e}")
