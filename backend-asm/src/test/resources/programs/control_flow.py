for i in range(5):
    if i == 1:
        continue
    if i == 4:
        break
    print("i", i)
else:
    print("no break")

for i in range(3):
    pass
else:
    print("loop finished", i)

n = 0
while n < 10:
    n += 3
print("n", n)

def classify(x):
    if x < 0:
        return "negative"
    elif x == 0:
        return "zero"
    else:
        return "positive"

print([classify(v) for v in (-2, 0, 5)])
y = "big" if n > 5 else "small"
print(y)
total = 0
for a, b in [(1, 2), (3, 4)]:
    total += a * b
print(total)
i = 0
while True:
    i += 1
    if i > 3:
        break
print(i)
assert i == 4, "i should be 4"
try:
    assert i == 5, "i is not 5"
except AssertionError as e:
    print("assert:", e)
