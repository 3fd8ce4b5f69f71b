# Generator-based coroutines: a trampoline that runs nested generator "calls" without recursion,
# so deep recursion (depth 20000) does not overflow the interpreter stack.
import types


def trampoline(gen):
    stack = [gen]
    value = None
    error = None
    while stack:
        top = stack[-1]
        try:
            if error is not None:
                e, error = error, None
                step = top.throw(e)
            else:
                step = top.send(value)
        except StopIteration as stop:
            stack.pop()
            value = stop.value
            continue
        except Exception as e:
            stack.pop()
            if not stack:
                raise
            error = e
            continue
        if isinstance(step, types.GeneratorType):
            stack.append(step)
            value = None
        else:
            value = step
    return value


def depth_sum(n):
    if n == 0:
        return 0
    rest = yield depth_sum(n - 1)
    return n + rest


def ackermann(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return (yield ackermann(m - 1, 1))
    inner = yield ackermann(m, n - 1)
    return (yield ackermann(m - 1, inner))


def tree_depth(tree):
    if not tree:
        return 0
    depths = []
    for child in tree:
        depths.append((yield tree_depth(child)))
    return 1 + max(depths)


def checked_div(a, b):
    if b == 0:
        raise ZeroDivisionError(f"{a}/0 in nested call")
    return a // b
    yield


def safe_ratio(a, b):
    try:
        return (yield checked_div(a, b))
    except ZeroDivisionError as e:
        return f"recovered: {e}"


print(trampoline(depth_sum(20000)))
print([trampoline(ackermann(2, n)) for n in range(5)], trampoline(ackermann(3, 3)))
nested = []
node = nested
for _ in range(5000):
    child = []
    node.append(child)
    node = child
print(trampoline(tree_depth([[], [[]], nested])))
print(trampoline(safe_ratio(10, 3)), "|", trampoline(safe_ratio(1, 0)))
try:
    trampoline(checked_div(5, 0))
except ZeroDivisionError as e:
    print("escaped:", e)


def accumulate():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


acc = accumulate()
next(acc)
print([acc.send(v) for v in [5, 10, -3]])
try:
    acc.send(None)
except StopIteration as stop:
    print("final total", stop.value)
