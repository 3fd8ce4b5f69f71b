# traceback.print_exc / TracebackException / extract_tb formatting with CPython 3.13 position
# markers (calls, subscripts, binary operators, multi-line spans, limits), and plain summaries.
import os
import sys
import traceback

HERE = os.path.dirname(os.path.abspath(__file__)) + os.sep


def show(text):
    print(text.replace(HERE, ""), end="")


def print_exc(**options):
    show(traceback.format_exc(**options))


def inner(d):
    return d["missing"] + 1

def middle(xs):
    total = 0
    for x in xs:
        total = total + inner(x)
    return total

class Box:
    def __init__(self, v): self.v = v
    def val(self):
        return self.v.nothere

def multi():
    return sum(
        inner(x)
        for x in [{}]
    )

for fn in (lambda: middle([{"a": 1}]), lambda: Box(3).val(), multi, lambda: 1 / (len("") * 2)):
    try:
        fn()
    except Exception:
        print_exc()
        print("--- limited")
        print_exc(limit=1)
        print("--- last")
        print_exc(limit=-1)
try:
    middle([{}])
except KeyError as e:
    te = traceback.TracebackException.from_exception(e)
    show("".join(te.format()))
    print(traceback.extract_tb(e.__traceback__)[0].line)
    print(type(traceback.extract_tb(e.__traceback__)[0]).__name__, isinstance(traceback.extract_tb(e.__traceback__)[0], traceback.FrameSummary))
print("".join(traceback.format_list([("f.py", 3, "g", "x = 1")])))
def show_stack():
    show("".join(traceback.format_stack(limit=1)))
show_stack()
