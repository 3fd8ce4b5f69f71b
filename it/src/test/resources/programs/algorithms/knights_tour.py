# Knight's tour by Warnsdorff's heuristic (deterministic tie-breaking), verified for legality, plus
# knight distances by BFS and the count of closed tours on a small board by backtracking.
from collections import deque

MOVES = [(2, 1), (1, 2), (-1, 2), (-2, 1), (-2, -1), (-1, -2), (1, -2), (2, -1)]


def tour(n, start):
    board = [[0] * n for _ in range(n)]
    r, c = start
    board[r][c] = 1
    for step in range(2, n * n + 1):
        options = []
        for dr, dc in MOVES:
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and not board[nr][nc]:
                degree = sum(1 for er, ec in MOVES if 0 <= nr + er < n and 0 <= nc + ec < n and not board[nr + er][nc + ec])
                options.append((degree, nr, nc))
        if not options:
            return None
        _, r, c = min(options)
        board[r][c] = step
    return board


def valid(board):
    n = len(board)
    where = {board[r][c]: (r, c) for r in range(n) for c in range(n)}
    return all((abs(where[k][0] - where[k + 1][0]), abs(where[k][1] - where[k + 1][1])) in ((1, 2), (2, 1))
               for k in range(1, n * n))


for n, start in [(5, (0, 0)), (6, (0, 0)), (8, (0, 0)), (8, (3, 4))]:
    b = tour(n, start)
    print(f"{n}x{n} from {start}: {'found' if b else 'stuck'}{', valid' if b and valid(b) else ''}")
    if b and n <= 6:
        for row in b:
            print(" ".join(f"{v:2d}" for v in row))


def distances(n, start):
    dist = {start: 0}
    queue = deque([start])
    while queue:
        r, c = queue.popleft()
        for dr, dc in MOVES:
            nxt = (r + dr, c + dc)
            if 0 <= nxt[0] < n and 0 <= nxt[1] < n and nxt not in dist:
                dist[nxt] = dist[(r, c)] + 1
                queue.append(nxt)
    return dist


d = distances(8, (0, 0))
for r in range(8):
    print(" ".join(str(d[(r, c)]) for c in range(8)))
print("farthest:", max(d.values()), "squares at distance 2:", sum(1 for v in d.values() if v == 2))


def count_tours(n, closed_only):
    board = [[False] * n for _ in range(n)]
    count = 0

    def go(r, c, depth):
        nonlocal count
        if depth == n * n:
            if not closed_only or any((r + dr, c + dc) == (0, 0) for dr, dc in MOVES):
                count += 1
            return
        for dr, dc in MOVES:
            nr, nc = r + dr, c + dc
            if 0 <= nr < n and 0 <= nc < n and not board[nr][nc]:
                board[nr][nc] = True
                go(nr, nc, depth + 1)
                board[nr][nc] = False

    board[0][0] = True
    go(0, 0, 1)
    return count


print("open tours on 5x5 from a corner:", count_tours(5, False))
