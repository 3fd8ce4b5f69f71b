# N-queens (counts and first solutions with bitmasks), permutations and subset-sum by backtracking.


def queens_count(n):
    full = (1 << n) - 1

    def place(cols, d1, d2):
        if cols == full:
            return 1
        total = 0
        free = full & ~(cols | d1 | d2)
        while free:
            bit = free & -free
            free ^= bit
            total += place(cols | bit, ((d1 | bit) << 1) & full, (d2 | bit) >> 1)
        return total

    return place(0, 0, 0)


def first_solution(n):
    board = []

    def ok(row, col):
        return all(c != col and abs(c - col) != row - r for r, c in enumerate(board))

    def go(row):
        if row == n:
            return True
        for col in range(n):
            if ok(row, col):
                board.append(col)
                if go(row + 1):
                    return True
                board.pop()
        return False

    return board if go(0) else None


for n in range(1, 11):
    print(f"{n:>2} queens: {queens_count(n):>4} solutions, first: {first_solution(n)}")
sol = first_solution(8)
for col in sol:
    print(" ".join("Q" if c == col else "." for c in range(8)))


def subset_sums(nums, target):
    nums = sorted(nums)
    out = []

    def go(start, remaining, chosen):
        if remaining == 0:
            out.append(list(chosen))
            return
        for i in range(start, len(nums)):
            if i > start and nums[i] == nums[i - 1]:
                continue
            if nums[i] > remaining:
                break
            chosen.append(nums[i])
            go(i + 1, remaining - nums[i], chosen)
            chosen.pop()

    go(0, target, [])
    return out


print(subset_sums([10, 1, 2, 7, 6, 1, 5], 8))
print(len(subset_sums(list(range(1, 21)), 30)))


def permutations(items):
    if len(items) <= 1:
        yield list(items)
        return
    for i, x in enumerate(items):
        for rest in permutations(items[:i] + items[i + 1:]):
            yield [x] + rest


perms = list(permutations("abcd"))
print(len(perms), "".join(perms[0]), "".join(perms[-1]), ["".join(p) for p in perms[5:9]])


def word_search(grid, word):
    rows, cols = len(grid), len(grid[0])

    def go(r, c, i, used):
        if i == len(word):
            return True
        if not (0 <= r < rows and 0 <= c < cols) or (r, c) in used or grid[r][c] != word[i]:
            return False
        used.add((r, c))
        found = any(go(r + dr, c + dc, i + 1, used) for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)))
        used.discard((r, c))
        return found

    return any(go(r, c, 0, set()) for r in range(rows) for c in range(cols))


grid = ["ABCE", "SFCS", "ADEE"]
print([(w, word_search(grid, w)) for w in ["ABCCED", "SEE", "ABCB", "ADFS", "ESCE"]])
