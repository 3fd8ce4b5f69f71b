# An uncaught ZeroDivisionError from a binary operation inside nested calls.
def ratio(total, count):
    share = total * 2
    return share / count + 1


def report(rows):
    return [f"{name}: {ratio(t, c):.2f}" for name, t, c in rows]


print(report([("a", 4, 2)]))
print(report([("a", 4, 2), ("b", 3, 0)]))
