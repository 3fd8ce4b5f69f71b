# A seeded tournament simulation: every random.Random method whose output CPython specifies
# bit for bit (seed from int/str/bytes, random, randint/randrange, choice/choices with weights,
# sample, shuffle, uniform, gauss, normalvariate, expovariate, triangular, betavariate,
# getrandbits, randbytes, getstate/setstate) and a module-level seed.
import random
from collections import Counter

rng = random.Random(2024)
teams = ["Ajax", "Bruins", "Comets", "Dynamo", "Eagles", "Falcons", "Giants", "Hawks"]
ratings = {t: rng.randint(60, 95) for t in teams}
print("ratings:", ratings)


def play(a, b, r):
    pa = ratings[a] / (ratings[a] + ratings[b])
    goals_a = sum(r.random() < pa * 0.5 for _ in range(6))
    goals_b = sum(r.random() < (1 - pa) * 0.5 for _ in range(6))
    if goals_a == goals_b:
        return (a, b, goals_a, goals_b, r.choice([a, b]))
    return (a, b, goals_a, goals_b, a if goals_a > goals_b else b)


bracket = teams[:]
rng.shuffle(bracket)
round_no = 1
while len(bracket) > 1:
    winners = []
    for a, b in zip(bracket[::2], bracket[1::2]):
        a_, b_, ga, gb, w = play(a, b, rng)
        print(f"  R{round_no}: {a_:>8} {ga}-{gb} {b_:<8} -> {w}")
        winners.append(w)
    bracket = winners
    round_no += 1
print("champion:", bracket[0])

print("-- draws")
print([rng.randrange(10) for _ in range(8)], rng.randrange(100, 200, 7), rng.randrange(-5, 5))
print(rng.choice(teams), rng.choices(teams, k=4), rng.choices("abc", weights=[10, 1, 1], k=8))
print(rng.choices(range(5), cum_weights=[1, 2, 3, 4, 100], k=6))
print(rng.sample(teams, 3), rng.sample(range(1000), 5), sorted(rng.sample(teams, k=2, counts=[1] * 8)))
print(round(rng.uniform(1.5, 2.5), 12), rng.triangular(0, 10, 2), rng.gauss(100, 15), rng.normalvariate(0, 1))
print(rng.expovariate(0.5), rng.betavariate(2, 5), rng.gammavariate(2.0, 1.5), rng.lognormvariate(0, 0.5))
print(rng.vonmisesvariate(1.0, 2.0), rng.paretovariate(3.0), rng.weibullvariate(1.0, 1.5))
print(rng.getrandbits(1), rng.getrandbits(31), rng.getrandbits(64), rng.getrandbits(100), rng.randbytes(6).hex())
print(rng.binomialvariate(20, 0.3), rng.random())

print("-- reproducibility")
state = rng.getstate()
first = [rng.random() for _ in range(3)]
rng.setstate(state)
print(first == [rng.random() for _ in range(3)], first)
for seed in [0, 1, 12345678901234567890, -7, "weft", b"weft", 3.5]:
    r = random.Random(seed)
    print(f"  seed {seed!r:>22}: {r.random():.17f} {r.randint(1, 6)} {r.choice('xyz')}")
random.seed(99)
deck = [f"{rank}{suit}" for suit in "SHDC" for rank in "A23456789TJQK"]
random.shuffle(deck)
print(deck[:7], random.random())
hands = Counter(card[-1] for card in random.sample(deck, 13))
print(sorted(hands.items()))
rolls = Counter(random.randint(1, 6) + random.randint(1, 6) for _ in range(2000))
print([rolls[s] for s in range(2, 13)])
print(random.Random(5).sample(range(10), 10), random.Random(5).choices(range(3), k=5))
try:
    rng.sample(teams, 20)
except ValueError as e:
    print("ValueError:", e)
try:
    rng.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    rng.randrange(5, 5)
except ValueError as e:
    print("ValueError:", e)
