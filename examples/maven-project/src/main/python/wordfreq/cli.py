"""Command line: python -m wordfreq.cli FILE [N] (here: java -jar wordfreq-example-1.0-app.jar FILE [N])."""
import sys

from java.nio.file import Files, Path

from wordfreq import summary, top_words


def main(argv):
    if not argv:
        print("usage: wordfreq FILE [N]", file=sys.stderr)
        return 2
    # Read the file with java.nio (Python's own open() works as well).
    text = str(Files.readString(Path.of(argv[0])))
    n = int(argv[1]) if len(argv) > 1 else 5
    for word, count in top_words(text, n):
        print(f"{count:5} {word}")
    s = summary(text)
    print(f"{s['words']} words, {s['distinct']} distinct, longest: {s['longest']}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
