# An LRU cache built from a dict and a hand-written doubly-linked list, plus a memoizing decorator.


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key=None, value=None):
        self.key, self.value = key, value
        self.prev = self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node()
        self.tail = _Node()
        self.head.next, self.tail.prev = self.tail, self.head
        self.hits = self.misses = self.evictions = 0

    def _unlink(self, node):
        node.prev.next, node.next.prev = node.next, node.prev

    def _push_front(self, node):
        node.prev, node.next = self.head, self.head.next
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=None):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evictions += 1
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __contains__(self, key):
        return key in self.map

    def __len__(self):
        return len(self.map)

    def keys(self):
        node, out = self.head.next, []
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __repr__(self):
        return f"LRUCache({self.capacity}, {self.keys()}, hits={self.hits}, misses={self.misses})"


cache = LRUCache(3)
for k in "abc":
    cache.put(k, k.upper())
print(cache)
print(cache.get("a"), cache.get("z", "?"))
cache.put("d", "D")
print(cache, "b" in cache, len(cache))
cache.put("c", "C2")
cache.put("e", "E")
print(cache, cache.get("c"), cache.evictions)


def lru(capacity):
    def decorate(fn):
        store = LRUCache(capacity)

        def wrapper(*args):
            sentinel = object()
            value = store.get(args, sentinel)
            if value is sentinel:
                value = fn(*args)
                store.put(args, value)
            return value

        wrapper.cache = store
        return wrapper
    return decorate


@lru(64)
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


pairs = [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("", "abc"), ("same", "same")]
for a, b in pairs:
    print(f"{a!r} -> {b!r}: {edit_distance(a, b)}")
print(len(edit_distance.cache), edit_distance.cache.evictions > 0, edit_distance.cache.hits > 0)

trace = []
small = LRUCache(2)
requests = [1, 2, 1, 3, 2, 4, 1, 1, 5, 2]
for r in requests:
    if small.get(r) is None:
        trace.append(f"miss {r}")
        small.put(r, r * r)
    else:
        trace.append(f"hit {r}")
print(trace)
print(small.keys(), small.hits, small.misses, small.evictions)
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)
