# random with fixed seeds: the Mersenne Twister sequence is specified, so seeded results are
# reproducible across implementations (random(), randint, choice, shuffle, sample, uniform, etc.).
import random

rng = random.Random(42)
print([rng.random() for _ in range(3)])
print([rng.randint(1, 6) for _ in range(10)])
print(rng.randrange(0, 100, 5), rng.randrange(1000), rng.getrandbits(64), rng.getrandbits(7))
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
rng.shuffle(deck)
print(deck[:13])
print(rng.choice(deck), rng.sample(range(100), 5), rng.choices("abc", weights=[5, 1, 1], k=8))
print(round(rng.uniform(10, 20), 12), rng.randbytes(6).hex())

random.seed(2024)
print(random.random(), random.randint(0, 10**12), random.choice("xyz"))
state = random.getstate()
first = [random.random() for _ in range(3)]
random.setstate(state)
print(first == [random.random() for _ in range(3)])
random.seed("a string seed")
print(random.randint(1, 1000))
random.seed(b"bytes seed")
print(random.randint(1, 1000))
r1, r2 = random.Random(7), random.Random(7)
print([r1.randint(0, 9) for _ in range(8)] == [r2.randint(0, 9) for _ in range(8)])


def monte_carlo_pi(samples, seed):
    r = random.Random(seed)
    inside = sum(1 for _ in range(samples) if r.random() ** 2 + r.random() ** 2 <= 1.0)
    return 4 * inside / samples


print(monte_carlo_pi(20000, 1), monte_carlo_pi(20000, 2))


def random_walk(steps, seed):
    r = random.Random(seed)
    x = y = 0
    for _ in range(steps):
        dx, dy = r.choice([(1, 0), (-1, 0), (0, 1), (0, -1)])
        x, y = x + dx, y + dy
    return x, y


print([random_walk(1000, s) for s in range(4)])
maze_rng = random.Random(99)
cells = [[maze_rng.choice("/\\") for _ in range(40)] for _ in range(6)]
print("\n".join("".join(row) for row in cells))
pop = list(range(10))
rng2 = random.Random(5)
rng2.shuffle(pop)
print(pop, sorted(rng2.sample(pop, 3)), rng2.choices(pop, cum_weights=list(range(1, 11)), k=4))
