def tables(rows, cols):
    grid = [[r * c for c in range(cols)] for r in range(rows)]
    flat = {v for row in grid for v in row if v % 2 if v > 1}
    index = {r: sum(row) for r, row in enumerate(grid)}
    total = sum(x for row in grid for x in row)
    funcs = [lambda: r for r in range(rows)]
    return grid, flat, index, total, [f() for f in funcs], [y := r for r in range(2)], y


squares = [n * n for n in range(10)]
