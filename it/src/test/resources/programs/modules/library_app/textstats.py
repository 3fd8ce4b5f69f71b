"""A module that is both a library and a script."""
import sys

CALLS = []


def word_count(text):
    CALLS.append("word_count")
    return len(text.split())


def top_words(text, n=3):
    CALLS.append("top_words")
    counts = {}
    for w in text.lower().split():
        w = w.strip(".,!?")
        counts[w] = counts.get(w, 0) + 1
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


def main(argv):
    text = " ".join(argv) or "nothing to count"
    print(f"[textstats as script] {word_count(text)} words")
    return 0


print(f"textstats module body runs with __name__ = {__name__!r}")
if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
