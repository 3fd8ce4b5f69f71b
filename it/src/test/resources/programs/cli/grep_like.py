# A grep-like filter: the pattern and flags come from sys.argv, the text from stdin; prints
# matches with line numbers and context, and exits 1 when nothing matched (like grep).
import re
import sys

args = sys.argv[1:]
ignore_case = "-i" in args
invert = "-v" in args
context = 0
if "-C" in args:
    context = int(args[args.index("-C") + 1])
words = [a for i, a in enumerate(args) if not a.startswith("-") and (i == 0 or args[i - 1] != "-C")]
pattern = re.compile(words[0], re.IGNORECASE if ignore_case else 0)
lines = sys.stdin.read().splitlines()
hits = [i for i, line in enumerate(lines) if bool(pattern.search(line)) != invert]
shown = set()
for i in hits:
    for j in range(max(0, i - context), min(len(lines), i + context + 1)):
        shown.add(j)
previous = None
for j in sorted(shown):
    if previous is not None and j != previous + 1:
        print("--")
    marker = ":" if j in hits else "-"
    line = lines[j]
    if j in hits and not invert:
        line = pattern.sub(lambda m: f"[{m.group(0)}]", line)
    print(f"{j + 1}{marker}{line}")
    previous = j
print(f"{len(hits)} matching line(s) for {words[0]!r}", file=sys.stderr)
sys.exit(0 if hits else 1)
