import sys
from java.util import TreeMap

counts = TreeMap()
for word in "to be or not to be".split():
    counts.put(word, (counts.get(word) or 0) + 1)
print(", ".join(f"{k}={counts.get(k)}" for k in counts))
print("args:", sys.argv[1:])
