# The same kind of filter with no match on its input: prints a summary and exits with status 1
# through sys.exit(1) (not an exception).
import sys

needle = sys.argv[1]
count = 0
for number, line in enumerate(sys.stdin, 1):
    if needle in line:
        count += 1
        print(f"{number}: {line.rstrip()}")
print(f"searched for {needle!r}: {count} hit(s)")
if count == 0:
    sys.exit(1)
