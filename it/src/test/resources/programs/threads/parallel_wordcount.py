# Map-reduce word counting: mappers on a thread pool produce Counters, a reducer merges them.
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
import threading

TEXT = """
It was the best of times, it was the worst of times, it was the age of wisdom, it was the age of
foolishness, it was the epoch of belief, it was the epoch of incredulity, it was the season of Light,
it was the season of Darkness, it was the spring of hope, it was the winter of despair, we had
everything before us, we had nothing before us, we were all going direct to Heaven, we were all
going direct the other way - in short, the period was so far like the present period, that some of
its noisiest authorities insisted on its being received, for good or for evil, in the superlative
degree of comparison only.
""" * 40


def normalize(word):
    return "".join(ch for ch in word.lower() if ch.isalpha())


def mapper(lines):
    counts = Counter()
    for line in lines:
        for raw in line.split():
            word = normalize(raw)
            if word:
                counts[word] += 1
    return counts


lines = TEXT.strip().splitlines()
chunks = [lines[i::5] for i in range(5)]
with ThreadPoolExecutor(max_workers=5) as pool:
    partials = list(pool.map(mapper, chunks))
total = Counter()
for p in partials:
    total.update(p)
print("distinct words:", len(total), "total words:", sum(total.values()))
for word, n in sorted(total.items(), key=lambda kv: (-kv[1], kv[0]))[:12]:
    print(f"  {word:<12}{n:>5}")
print("single-threaded agrees:", total == mapper(lines))

shared = Counter()
shared_lock = threading.Lock()


def locked_mapper(chunk):
    local = mapper(chunk)
    with shared_lock:
        shared.update(local)


threads = [threading.Thread(target=locked_mapper, args=(c,)) for c in chunks]
for t in threads:
    t.start()
for t in threads:
    t.join()
print("locked merge agrees:", shared == total)
lengths = Counter(len(w) for w in total.elements())
print("word length histogram:", sorted(lengths.items()))
letters = Counter("".join(total.elements()))
print("top letters:", sorted(letters.items(), key=lambda kv: (-kv[1], kv[0]))[:6])
