# Mandelbrot rows rendered by worker threads into a shared frame, printed in row order.
from concurrent.futures import ThreadPoolExecutor
import threading

WIDTH, HEIGHT, MAX_ITER = 64, 24, 60
PALETTE = " .:-=+*#%@"


def escape_time(cr, ci):
    zr = zi = 0.0
    for n in range(MAX_ITER):
        zr, zi = zr * zr - zi * zi + cr, 2 * zr * zi + ci
        if zr * zr + zi * zi > 4.0:
            return n
    return MAX_ITER


def render_row(y):
    ci = -1.2 + 2.4 * y / (HEIGHT - 1)
    counts = [escape_time(-2.1 + 3.0 * x / (WIDTH - 1), ci) for x in range(WIDTH)]
    line = "".join(PALETTE[min(c * len(PALETTE) // MAX_ITER, len(PALETTE) - 1)] for c in counts)
    return y, line, sum(counts)


frame = [None] * HEIGHT
totals = [0] * HEIGHT
with ThreadPoolExecutor(max_workers=4) as pool:
    for y, line, total in pool.map(render_row, range(HEIGHT)):
        frame[y] = line
        totals[y] = total
print("\n".join(frame))
print("symmetric:", all(frame[y] == frame[HEIGHT - 1 - y] for y in range(HEIGHT)))
print("iterations:", sum(totals))

rows_done = []
lock = threading.Lock()
next_row = [0]


def grab_rows():
    while True:
        with lock:
            y = next_row[0]
            if y >= HEIGHT:
                return
            next_row[0] += 1
        result = render_row(y)
        with lock:
            rows_done.append(result)


workers = [threading.Thread(target=grab_rows) for _ in range(3)]
for w in workers:
    w.start()
for w in workers:
    w.join()
rows_done.sort()
print("work-stealing frame identical:", [line for _, line, _ in rows_done] == frame)
