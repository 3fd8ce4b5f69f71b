# A sudoku solver: constraint propagation with candidate sets plus backtracking on the cell with
# the fewest candidates; validates the solutions.

PUZZLES = [
    "53..7....6..195....98....6.8...6...34..8.3..17...2...6.6....28....419..5....8..79",
    "..9748...7.........2.1.9.....7...24..64.1.59..98...3.....8.3.2.........6...2759..",
]
DIGITS = set(range(1, 10))


def peers_of(r, c):
    peers = set()
    for i in range(9):
        peers.add((r, i))
        peers.add((i, c))
    br, bc = 3 * (r // 3), 3 * (c // 3)
    for i in range(br, br + 3):
        for j in range(bc, bc + 3):
            peers.add((i, j))
    peers.discard((r, c))
    return peers


PEERS = {(r, c): peers_of(r, c) for r in range(9) for c in range(9)}


def parse(text):
    return {(i // 9, i % 9): int(ch) for i, ch in enumerate(text) if ch != "."}


class Solver:
    def __init__(self):
        self.guesses = 0
        self.backtracks = 0

    def candidates(self, grid, cell):
        return DIGITS - {grid[p] for p in PEERS[cell] if p in grid}

    def propagate(self, grid):
        changed = True
        while changed:
            changed = False
            for r in range(9):
                for c in range(9):
                    if (r, c) in grid:
                        continue
                    cands = self.candidates(grid, (r, c))
                    if not cands:
                        return False
                    if len(cands) == 1:
                        grid[(r, c)] = cands.pop()
                        changed = True
        return True

    def solve(self, grid):
        if any(grid.get(p) == v for cell, v in grid.items() for p in PEERS[cell]):
            return None
        grid = dict(grid)
        if not self.propagate(grid):
            return None
        empty = [(r, c) for r in range(9) for c in range(9) if (r, c) not in grid]
        if not empty:
            return grid
        cell = min(empty, key=lambda rc: (len(self.candidates(grid, rc)), rc))
        for digit in sorted(self.candidates(grid, cell)):
            self.guesses += 1
            attempt = dict(grid)
            attempt[cell] = digit
            result = self.solve(attempt)
            if result:
                return result
            self.backtracks += 1
        return None


def valid(grid):
    units = [[(r, c) for c in range(9)] for r in range(9)] + [[(r, c) for r in range(9)] for c in range(9)]
    units += [[(br + i, bc + j) for i in range(3) for j in range(3)] for br in (0, 3, 6) for bc in (0, 3, 6)]
    return all(sorted(grid[cell] for cell in unit) == list(range(1, 10)) for unit in units)


def show(grid):
    lines = []
    for r in range(9):
        row = ""
        for c in range(9):
            row += str(grid.get((r, c), "."))
            if c in (2, 5):
                row += "|"
        lines.append(row)
        if r in (2, 5):
            lines.append("---+---+---")
    return "\n".join(lines)


for n, text in enumerate(PUZZLES, 1):
    solver = Solver()
    puzzle = parse(text)
    solution = solver.solve(puzzle)
    print(f"puzzle {n}: {len(puzzle)} givens, solved={solution is not None}, valid={valid(solution)}")
    print(show(solution))
    print(f"  guesses={solver.guesses} backtracks={solver.backtracks}")
    print("  givens kept:", all(solution[k] == v for k, v in puzzle.items()))
bad = parse("11" + "." * 79)
print("contradictory puzzle:", Solver().solve(bad))
