# Dict- and string-heavy work: each task generates a chunk of pseudo-English text from
# syllables (seeded generator), normalises it (lower-casing, stripping punctuation, splitting),
# counts words and word pairs in dicts, and builds a report string. The main thread merges
# the per-task dicts. Usage: wordfreq.py [THREADS].
import sys
import time
from concurrent.futures import ThreadPoolExecutor

TASKS = 16
SENTENCES = 8_000
SYLLABLES = ["ka", "to", "ri", "mel", "an", "so", "lu", "ve", "dor", "in", "qua", "ste",
             "pe", "ne", "ul", "ar", "ix", "om", "bre", "zu"]
PUNCTUATION = [".", ",", ";", "!", "?", ":"]


def generate(seed):
    state = seed
    lines = []
    for _ in range(SENTENCES):
        words = []
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        for w in range(3 + state % 12):
            state = (state * 1103515245 + 12345) & 0x7FFFFFFF
            # Skewed syllable choice: a few words are very common, as in natural text.
            length = 1 + (state >> 8) % 3
            word = ""
            for _ in range(length):
                state = (state * 1103515245 + 12345) & 0x7FFFFFFF
                r = (state >> 4) % 400
                word += SYLLABLES[(r * r) // 8000]
            if w == 0:
                word = word.capitalize()
            if (state >> 12) % 7 == 0:
                word += PUNCTUATION[(state >> 3) % len(PUNCTUATION)]
            words.append(word)
        lines.append(" ".join(words) + ".")
    return "\n".join(lines)


def normalise(word):
    return word.strip(".,;!?:").lower()


def count(seed):
    text = generate(seed)
    words = {}
    pairs = {}
    prev = None
    for line in text.splitlines():
        for raw in line.split():
            w = normalise(raw)
            if not w:
                continue
            words[w] = words.get(w, 0) + 1
            if prev is not None:
                key = prev + " " + w
                pairs[key] = pairs.get(key, 0) + 1
            prev = w
        prev = None
    top = sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    report = "; ".join(f"{w}={n}" for w, n in top)
    return words, pairs, f"chunk {seed}: {len(text)} chars, {len(words)} words, top {report}"


def merge(into, part):
    for k, v in part.items():
        into[k] = into.get(k, 0) + v


def main():
    threads_wanted = int(sys.argv[1]) if len(sys.argv) > 1 else 1
    t0 = time.perf_counter()
    with ThreadPoolExecutor(max_workers=threads_wanted) as pool:
        parts = list(pool.map(count, range(TASKS)))
    words = {}
    pairs = {}
    for w, p, _ in parts:
        merge(words, w)
        merge(pairs, p)
    dt = time.perf_counter() - t0
    for _, _, report in parts:
        print(report)
    print(f"distinct words {len(words)}, distinct pairs {len(pairs)}, total words {sum(words.values())}")
    for w, n in sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:10]:
        print(f"{w:>12} {n}")
    longest = max(words, key=lambda w: (len(w), w))
    print(f"longest word {longest!r}; most common pair {max(pairs.items(), key=lambda kv: (kv[1], kv[0]))}")
    print(f"compute-seconds: {dt:.6f}", file=sys.stderr)


if __name__ == "__main__":
    main()
