def run(n):
    total = 0
    i = 0
    for i in range(n):
        total += i * i % 7
        if i < 0:
            total -= 1
    return total

print(run(12_000_000))
