# A Bloom filter using FNV-1a hashes computed by hand (no built-in hash, so results are
# reproducible), and a bigram Markov text generator driven by a seeded LCG.


def fnv1a(data, seed=0):
    h = 0xCBF29CE484222325 ^ seed
    for byte in data:
        h ^= byte
        h = (h * 0x100000001B3) & 0xFFFFFFFFFFFFFFFF
    return h


class BloomFilter:
    def __init__(self, bits, hashes):
        self.bits = bits
        self.hashes = hashes
        self.array = bytearray((bits + 7) // 8)
        self.count = 0

    def _positions(self, item):
        data = item.encode("utf-8")
        h1, h2 = fnv1a(data), fnv1a(data, seed=0x9E3779B97F4A7C15)
        return [(h1 + i * h2) % self.bits for i in range(self.hashes)]

    def add(self, item):
        for p in self._positions(item):
            self.array[p // 8] |= 1 << (p % 8)
        self.count += 1

    def __contains__(self, item):
        return all(self.array[p // 8] >> (p % 8) & 1 for p in self._positions(item))

    def fill_ratio(self):
        return sum(bin(b).count("1") for b in self.array) / self.bits


bf = BloomFilter(bits=2048, hashes=4)
words = [f"word{i}" for i in range(200)]
for w in words:
    bf.add(w)
print("all added found:", all(w in bf for w in words))
false_positives = sum(1 for i in range(200, 2200) if f"word{i}" in bf)
print("false positives among 2000 absent:", false_positives, f"fill ratio {bf.fill_ratio():.3f}")
print(hex(fnv1a(b"")), hex(fnv1a(b"a")), hex(fnv1a("🙂".encode())))

CORPUS = """the cat sat on the mat and the dog sat on the log and the cat saw the dog
the dog ran to the cat and the cat ran to the mat where the dog could not follow the cat""".split()


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def below(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2**31
        return self.state % n


chain = {}
for a, b in zip(CORPUS, CORPUS[1:]):
    chain.setdefault(a, []).append(b)
print({k: sorted(set(v)) for k, v in sorted(chain.items())})
for seed in (1, 2, 3):
    rng = Lcg(seed)
    word, out = "the", ["the"]
    for _ in range(14):
        options = chain.get(word)
        if not options:
            break
        word = options[rng.below(len(options))]
        out.append(word)
    print(f"seed {seed}:", " ".join(out))
