# Loop control: for/while with else, break/continue in nested loops, loop variables after the loop,
# iterating while mutating copies, and sentinel-driven loops.


def find_pair(nums, target):
    for i, a in enumerate(nums):
        for b in nums[i + 1:]:
            if a + b == target:
                break
        else:
            continue
        return a, b
    return None


print(find_pair([3, 8, 1, 9, 4], 13), find_pair([1, 2, 3], 100))


def is_prime(n):
    if n < 2:
        return False
    for d in range(2, int(n ** 0.5) + 1):
        if n % d == 0:
            break
    else:
        return True
    return False


print([n for n in range(50) if is_prime(n)])
n, steps = 27, 0
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    steps += 1
else:
    print("collatz(27) reached 1 after", steps, "steps")
attempts = 0
while attempts < 5:
    attempts += 1
    if attempts == 3:
        print("breaking at", attempts)
        break
else:
    print("never printed")
for i in range(3):
    pass
print("loop variable after loop:", i)
for j in []:
    pass
try:
    print(j)
except NameError as e:
    print("NameError:", e)
items = ["keep", "drop", "keep2", "drop", "drop", "keep3"]
for item in items[:]:
    if item == "drop":
        items.remove(item)
print(items)
d = {"a": 1, "b": 2, "c": 3}
for k in list(d):
    if d[k] % 2:
        del d[k]
print(d)
try:
    for k in d:
        d["new"] = 0
except RuntimeError as e:
    print("RuntimeError:", e)
grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
found = None
for r, row in enumerate(grid):
    for c, v in enumerate(row):
        if v % 2 == 0 and v > 4:
            found = (r, c)
            break
    if found:
        break
print("first even > 4 at", found)
total = 0
for v in range(20):
    if v % 3 == 0:
        continue
    if v > 15:
        break
    total += v
print("total", total)
stack = [10]
out = []
while stack:
    v = stack.pop()
    out.append(v)
    if v > 1:
        stack.extend([v // 2, v // 3])
print(out)
count = 0
while True:
    count += 1
    if count ** 2 > 200:
        break
print("first square over 200:", count ** 2)
for x, y in zip(range(3), range(10, 13)):
    print(x, y, end="; ")
print()
nested = [[1, [2, [3, [4, [5]]]]]]
flat, todo = [], [nested]
while todo:
    cur = todo.pop()
    if isinstance(cur, list):
        todo.extend(reversed(cur))
    else:
        flat.append(cur)
print(flat)
matrix_str = ""
for row in range(1, 6):
    for col in range(1, 6):
        matrix_str += f"{row * col:4}"
    matrix_str += "\n"
print(matrix_str, end="")
