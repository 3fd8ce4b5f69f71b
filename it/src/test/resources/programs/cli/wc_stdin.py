# A `wc`-like tool reading stdin: line, word, character and byte counts, plus the longest line and
# a frequency table of the most common words.
import sys

data = sys.stdin.read()
lines = data.splitlines()
words = data.split()
print(f"{len(lines):>7}{len(words):>8}{len(data):>8}{len(data.encode('utf-8')):>8}")
longest = max(lines, key=len) if lines else ""
print(f"longest line ({len(longest)} chars): {longest!r}")
counts = {}
for w in words:
    key = w.strip(".,;:!?\"'()").lower()
    if key:
        counts[key] = counts.get(key, 0) + 1
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:8]
width = max(len(w) for w, _ in top)
for word, n in top:
    print(f"  {word:<{width}} {'#' * n} {n}")
blank = sum(1 for line in lines if not line.strip())
print(f"blank lines: {blank}; ends with newline: {data.endswith(chr(10))}")
print("non-ASCII characters:", sorted({ch for ch in data if ord(ch) > 127}))
