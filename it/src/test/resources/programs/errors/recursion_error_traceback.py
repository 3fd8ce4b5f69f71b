# Unbounded recursion: RecursionError is catchable, its traceback shows the recursing frame and
# collapses the recursion ("[Previous line repeated N more times]"; N and the outer frames shown
# depend on the interpreter's stack, so they are not printed here), and the program goes on.
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
    print(lines[0])
    print("recursing frame:", 'File "recursion_error_traceback.py", line 12, in countdown' in "\n".join(lines))
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
