# Unbounded recursion: RecursionError is catchable, its traceback starts at the frame that
# caught it and collapses the recursion ("[Previous line repeated N more times]"; N depends on
# the interpreter's stack, so it is not printed here), and the program goes on.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def countdown(n):
    return countdown(n - 1) + 1


def flatten(item):
    if isinstance(item, list):
        return [x for sub in item for x in flatten(sub)]
    return [item]


try:
    countdown(10)
except RecursionError as e:
    print("caught:", type(e).__name__, e)
    lines = traceback.format_exc().replace(HERE, "").splitlines()
    print("\n".join(lines[:7]))
    print("collapsed:", any(line.startswith("  [Previous line repeated") for line in lines))
    print(lines[-1])

nested = [1, [2, [3, [4, [5]]]]]
print(flatten(nested))
loop = []
loop.append(loop)
try:
    flatten(loop)
except RecursionError:
    print("self-containing list: RecursionError")
print("limit", sys.getrecursionlimit())
