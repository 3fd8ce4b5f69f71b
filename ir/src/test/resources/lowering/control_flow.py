def classify(values, limit):
    evens, odds = [], []
    for v in values:
        if v > limit:
            break
        elif v % 2 == 0:
            evens.append(v)
            continue
        else:
            odds.append(v)
    else:
        print("no value over", limit)
    n = 0
    while n < 3 and len(evens) > n or not odds:
        n += 1
    else:
        n = -n
    return evens, odds, 0 < n <= limit < 100
