def run(n):
    x = 0.0
    acc = 0.0
    i = 0
    while i < n:
        x = x + 0.5
        acc += x * x / (1.0 + x)
        i += 1
    return acc

print(round(run(10_000_000), 3))
