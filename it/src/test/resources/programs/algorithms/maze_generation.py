# Maze generation by randomized depth-first search with a hand-written LCG, then solving it with
# BFS and rendering both as ASCII art.
from collections import deque


class LCG:
    def __init__(self, seed):
        self.state = seed

    def next(self):
        self.state = (self.state * 1664525 + 1013904223) % 2**32
        return self.state

    def shuffle(self, items):
        for i in range(len(items) - 1, 0, -1):
            j = self.next() % (i + 1)
            items[i], items[j] = items[j], items[i]


def generate(width, height, seed):
    rng = LCG(seed)
    walls = {(x, y): {"N", "S", "E", "W"} for x in range(width) for y in range(height)}
    moves = {"N": (0, -1, "S"), "S": (0, 1, "N"), "E": (1, 0, "W"), "W": (-1, 0, "E")}
    stack, seen = [(0, 0)], {(0, 0)}
    while stack:
        x, y = stack[-1]
        dirs = list("NSEW")
        rng.shuffle(dirs)
        for d in dirs:
            dx, dy, back = moves[d]
            nx, ny = x + dx, y + dy
            if 0 <= nx < width and 0 <= ny < height and (nx, ny) not in seen:
                walls[(x, y)].discard(d)
                walls[(nx, ny)].discard(back)
                seen.add((nx, ny))
                stack.append((nx, ny))
                break
        else:
            stack.pop()
    return walls


def solve(walls, width, height):
    start, goal = (0, 0), (width - 1, height - 1)
    prev = {start: None}
    queue = deque([start])
    moves = {"N": (0, -1), "S": (0, 1), "E": (1, 0), "W": (-1, 0)}
    while queue:
        cur = queue.popleft()
        if cur == goal:
            break
        for d, (dx, dy) in moves.items():
            if d not in walls[cur]:
                nxt = (cur[0] + dx, cur[1] + dy)
                if nxt not in prev:
                    prev[nxt] = cur
                    queue.append(nxt)
    path, cur = [], goal
    while cur:
        path.append(cur)
        cur = prev[cur]
    return path[::-1]


def render(walls, width, height, path=()):
    on_path = set(path)
    lines = ["+" + "---+" * width]
    for y in range(height):
        row, below = "|", "+"
        for x in range(width):
            row += (" * " if (x, y) in on_path else "   ") + ("|" if "E" in walls[(x, y)] else " ")
            below += ("---" if "S" in walls[(x, y)] else "   ") + "+"
        lines += [row, below]
    return "\n".join(lines)


W, H = 12, 6
maze = generate(W, H, seed=2024)
route = solve(maze, W, H)
print(render(maze, W, H))
print(render(maze, W, H, route))
print("path length:", len(route), "dead ends:", sum(1 for w in maze.values() if len(w) == 3))
passages = sum(4 - len(w) for w in maze.values()) // 2
print("passages:", passages, "is a perfect maze (tree):", passages == W * H - 1)
other = generate(W, H, seed=7)
print("different seed gives a different maze:", other != maze, "its path length:", len(solve(other, W, H)))
