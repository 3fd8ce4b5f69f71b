# Conway's Game of Life on a torus, rows split among threads that step in lock-step via a Barrier.
import threading

ROWS, COLS, WORKERS, GENERATIONS = 16, 24, 4, 30
glider = [(1, 2), (2, 3), (3, 1), (3, 2), (3, 3)]
blinker = [(10, 10), (10, 11), (10, 12)]
block = [(12, 18), (12, 19), (13, 18), (13, 19)]
grid = [[0] * COLS for _ in range(ROWS)]
for r, c in glider + blinker + block:
    grid[r][c] = 1
nxt = [[0] * COLS for _ in range(ROWS)]
populations = []


def swap():
    global grid, nxt
    grid, nxt = nxt, grid
    populations.append(sum(map(sum, grid)))


barrier = threading.Barrier(WORKERS, action=swap)


def step_rows(lo, hi):
    for _ in range(GENERATIONS):
        for r in range(lo, hi):
            for c in range(COLS):
                n = sum(grid[(r + dr) % ROWS][(c + dc) % COLS]
                        for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc)
                nxt[r][c] = 1 if n == 3 or (n == 2 and grid[r][c]) else 0
        barrier.wait()


band = ROWS // WORKERS
threads = [threading.Thread(target=step_rows, args=(i * band, (i + 1) * band)) for i in range(WORKERS)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("populations:", populations)
for row in grid:
    print("".join("#" if v else "." for v in row))


def serial(cells, gens):
    live = set(cells)
    for _ in range(gens):
        counts = {}
        for r, c in live:
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        key = ((r + dr) % ROWS, (c + dc) % COLS)
                        counts[key] = counts.get(key, 0) + 1
        live = {k for k, n in counts.items() if n == 3 or (n == 2 and k in live)}
    return live


expected = serial(glider + blinker + block, GENERATIONS)
actual = {(r, c) for r in range(ROWS) for c in range(COLS) if grid[r][c]}
print("matches serial simulation:", expected == actual, len(actual))
