"""A small example program: word statistics over a short text."""
from collections import Counter

TEXT = """\
Weft compiles Python ahead of time to JVM bytecode.
Threads run in parallel: there is no global interpreter lock.
"""


def words(text: str) -> list[str]:
    return [w.strip(".,:").lower() for w in text.split()]


def main() -> None:
    counts = Counter(words(TEXT))
    for word, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
        print(f"{word:>10} {n}")
    print(f"{len(counts)} distinct words")


if __name__ == "__main__":
    main()
