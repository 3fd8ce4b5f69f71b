"""Objects die as soon as the program drops them, and weakref callbacks see it.

A cache of expensive resources keeps weak references to what callers hold; when a caller
deletes its last reference (`del`, a discarded call result, a loop item, a comprehension
variable), the entry must disappear. The program checks the cache after each step.
"""
import gc
import weakref

log = []  # callbacks of objects collected together may run in any order: printed sorted


class Resource:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Resource({self.name!r})"


class WeakCache:
    def __init__(self):
        self.refs = {}

    def get(self, name):
        ref = self.refs.get(name)
        obj = ref() if ref is not None else None
        if obj is None:
            obj = Resource(name)
            self.refs[name] = weakref.ref(obj, lambda _, n=name: log.append(f"dropped {n}"))
        return obj

    def alive(self):
        return sorted(n for n, r in self.refs.items() if r() is not None)


def collect():
    gc.collect()
    gc.collect()


cache = WeakCache()

# a name deleted at module level
config = cache.get("config")
del config
collect()
print("after del:", cache.alive(), sorted(log))

# a call result used and discarded
print("length:", len(cache.get("scratch").name))
collect()
print("after discarded call:", cache.alive(), sorted(log))


# locals of a function that deletes them before returning
def work():
    a = cache.get("a")
    b = cache.get("b")
    names = a.name + b.name
    del a
    collect()
    result = (names, cache.alive())
    del b
    return result


print("inside work:", work())
collect()
print("after work:", cache.alive(), sorted(log))

# comprehension variables do not outlive the comprehension
sizes = [len(r.name) for r in [cache.get("x1"), cache.get("x22")]]
collect()
print("after comprehension:", sizes, cache.alive(), sorted(log))

# the last loop item stays bound to the loop variable, as in CPython
for item in [cache.get("loop1"), cache.get("loop2")]:
    pass
collect()
print("after loop:", cache.alive())
del item
collect()
print("after del item:", cache.alive(), sorted(log))
