class Counter:
    def __init__(self):
        self.count = 0
        self.step = 3

    def bump(self, k):
        self.count = self.count + self.step + k
        return self.count

def run(n):
    c = Counter()
    for i in range(n):
        c.bump(i & 1)
    return c.count

print(run(8_000_000))
