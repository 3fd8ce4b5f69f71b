# An uncaught ZeroDivisionError raised inside a generator consumed by a comprehension.


def ratios(pairs):
    for a, b in pairs:
        yield a / b


def summarize(data):
    values = [round(r, 3) for r in ratios(data)]
    return sum(values) / len(values)


print(summarize([(1, 2), (3, 4), (5, 8)]))
print(summarize([(10, 5), (7, 0), (1, 1)]))
