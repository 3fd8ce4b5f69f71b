def parse(value):
    return int(value)


def load(items):
    return [parse(v) for v in items]


print("start")
load(["1", "x"])
print("never")
