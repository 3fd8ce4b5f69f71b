# An object cache on weakref: WeakValueDictionary keeps images only while someone uses them,
# WeakKeyDictionary attaches metadata to live objects, WeakSet tracks open sessions, and
# finalize/ref callbacks report releases. Objects are created and dropped inside functions and
# gc.collect() runs before each check, so the output is the same wherever memory is managed by
# a tracing collector rather than reference counts.
import gc
import weakref


class Image:
    def __init__(self, name, size):
        self.name = name
        self.size = size

    def __repr__(self):
        return f"Image({self.name!r})"


class ImageCache:
    def __init__(self):
        self._images = weakref.WeakValueDictionary()
        self.loads = 0

    def get(self, name):
        image = self._images.get(name)
        if image is None:
            self.loads += 1
            image = Image(name, len(name) * 100)
            self._images[name] = image
        return image

    def cached(self):
        return sorted(self._images.keys())


released = []


def open_images(cache, names):
    return [cache.get(n) for n in names]


def use_and_drop(cache, names):
    images = open_images(cache, names)
    return sum(i.size for i in images)


class Session:
    def __init__(self, user):
        self.user = user


def track_sessions(live, users):
    sessions = [Session(u) for u in users]
    for s in sessions:
        live.add(s)
    return sessions[::2]


def attach_metadata(meta, objs):
    for i, o in enumerate(objs):
        meta[o] = {"seen": i}


def finalizers(log):
    def make(name):
        obj = Image(name, 1)
        weakref.finalize(obj, log.append, f"finalized {name}")
        return obj
    keep = make("kept")
    make("dropped")
    return keep


def callback_refs(log):
    target = Image("target", 1)
    refs = [weakref.ref(target, lambda r, i=i: log.append(f"callback {i}")) for i in range(3)]
    return refs


def release_last(items):
    items.pop()


def keep_first(items):
    del items[1:]


def main():
    cache = ImageCache()
    total = use_and_drop(cache, ["logo", "banner", "logo"])
    gc.collect()
    print("total size:", total, "loads:", cache.loads, "cached after drop:", cache.cached())

    held = open_images(cache, ["icon", "photo"])
    gc.collect()
    print("cached while held:", cache.cached(), "loads:", cache.loads)
    print("same object again:", cache.get("icon") is held[0], "loads:", cache.loads)
    release_last(held)
    gc.collect()
    print("after releasing one:", cache.cached())

    live = weakref.WeakSet()
    kept_sessions = track_sessions(live, ["ann", "ben", "cid", "dee", "eve"])
    gc.collect()
    print("live sessions:", sorted(s.user for s in live), len(live))

    meta = weakref.WeakKeyDictionary()
    attach_metadata(meta, kept_sessions)
    print("metadata:", sorted((k.user, v["seen"]) for k, v in meta.items()))
    keep_first(kept_sessions)
    gc.collect()
    print("metadata after drop:", [(k.user, v) for k, v in meta.items()], len(live))

    log = []
    keep = finalizers(log)
    gc.collect()
    print("finalizers:", log, keep)

    log = []
    refs = callback_refs(log)
    gc.collect()
    print("callbacks (newest first):", log, [r() for r in refs])

    r = weakref.ref(held[0])
    print("ref alive:", r() is held[0], weakref.getweakrefcount(held[0]) >= 1)
    for value in (1, "text", (1, 2), [1], {"a": 1}):
        try:
            weakref.ref(value)
        except TypeError as e:
            print("no weakref:", e)

    proxy = weakref.proxy(held[0])
    print("proxy:", proxy.name, proxy.size)


main()
