"""Seeded Monte-Carlo experiments on the Mersenne Twister of _random: estimates of pi, a random
walk, a shuffled deck and reproducibility through getstate/setstate."""
import _random
import math


class Rng(_random.Random):
    """The helpers random.py builds on getrandbits, written again for this program."""

    def randbelow(self, n):
        k = n.bit_length()
        r = self.getrandbits(k)
        while r >= n:
            r = self.getrandbits(k)
        return r

    def randint(self, a, b):
        return a + self.randbelow(b - a + 1)

    def uniform(self, a, b):
        return a + (b - a) * self.random()

    def shuffle(self, items):
        for i in reversed(range(1, len(items))):
            j = self.randbelow(i + 1)
            items[i], items[j] = items[j], items[i]

    def gauss(self, mu, sigma):
        # Box-Muller without caching the second value
        x2pi = self.random() * 2 * math.pi
        g2rad = math.sqrt(-2.0 * math.log(1.0 - self.random()))
        return mu + math.cos(x2pi) * g2rad * sigma


def estimate_pi(rng, samples):
    inside = 0
    for _ in range(samples):
        x = rng.random()
        y = rng.random()
        if x * x + y * y <= 1.0:
            inside += 1
    return 4.0 * inside / samples


def random_walk(rng, steps):
    x = y = 0
    farthest = 0
    for _ in range(steps):
        d = rng.randbelow(4)
        if d == 0:
            x += 1
        elif d == 1:
            x -= 1
        elif d == 2:
            y += 1
        else:
            y -= 1
        farthest = max(farthest, abs(x) + abs(y))
    return x, y, farthest


def main():
    rng = Rng(20240601)
    print("first draws", [rng.random() for _ in range(3)])
    for n in (100, 1000, 20000):
        print("pi ~ %.6f with %d samples" % (estimate_pi(rng, n), n))
    print("walk", random_walk(rng, 5000))

    deck = [r + s for s in "SHDC" for r in "A23456789TJQK"]
    rng.seed(7)
    rng.shuffle(deck)
    print("hand", deck[:5], "bottom", deck[-1])

    rng.seed(-123456789012345678901234567890)
    print("big seed", rng.getrandbits(64), rng.getrandbits(7), rng.getrandbits(130))
    state = rng.getstate()
    before = [rng.randint(1, 6) for _ in range(10)]
    rng.setstate(state)
    after = [rng.randint(1, 6) for _ in range(10)]
    print("dice", before, before == after, len(state), state[-1])

    samples = [rng.gauss(10.0, 2.0) for _ in range(4000)]
    mean = sum(samples) / len(samples)
    var = sum((s - mean) ** 2 for s in samples) / (len(samples) - 1)
    print("gauss mean %.4f stdev %.4f" % (mean, math.sqrt(var)))
    counts = [0] * 6
    for _ in range(6000):
        counts[rng.randint(1, 6) - 1] += 1
    print("die counts", counts)

    twin_a, twin_b = Rng(99), Rng(99)
    print("twins agree", all(twin_a.random() == twin_b.random() for _ in range(1000)))
    try:
        rng.setstate((1, 2, 3))
    except ValueError as e:
        print("ValueError:", e)
    try:
        rng.getrandbits(-1)
    except ValueError as e:
        print("ValueError:", e)


main()
