# A TypeError from a call whose arguments span several lines, and a subscript in a generator.
def combine(a, b, c):
    return a + b + c


def values(table):
    for key in ("x", "y", "z"):
        yield table[key]


table = {"x": 1, "y": 2}
print(list(values({"x": 1, "y": 2, "z": 3})))
result = combine(
    1,
    2,
    "three",
)
