package dev.weft.runtime.modules.functools;

import dev.weft.runtime.call.PyMethod;
import dev.weft.runtime.core.Descriptor;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code functools._lru_cache_wrapper}. The cache is a thread-safe dict: keys are built as
 * CPython's C implementation builds them; a bounded cache keeps recency order with the dict's
 * atomic move_to_end and evicts its first entry. As in CPython, concurrent misses of one key
 * may call the function more than once; the counters are atomic.
 */
final class LruCacheWrapper extends PyObject implements Descriptor, HasDict {
    static final PyType TYPE = ModuleDefs.type("functools", "_lru_cache_wrapper", LruCacheWrapper.class,
            PyType.OBJECT, LruCacheWrapper::define, PyType.INSTANCE_DICT);

    /** Separates positional from keyword parts of a key (CPython's kwd_mark). */
    private static final PyObject KWD_MARK = new dev.weft.runtime.core.PyInstance(PyType.OBJECT);

    private final PyObject func;
    /** -1 for unbounded. */
    private final long maxsize;
    private final boolean typed;
    private final PyObject cacheInfoType;
    private final PyDict cache = new PyDict();
    private final AtomicLong hits = new AtomicLong(), misses = new AtomicLong();
    private volatile PyDict dict;

    LruCacheWrapper(PyObject func, long maxsize, boolean typed, PyObject cacheInfoType) {
        this.func = func;
        this.maxsize = maxsize;
        this.typed = typed;
        this.cacheInfoType = cacheInfoType;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict instanceDict() {
        PyDict d = dict;
        if (d == null) {
            synchronized (this) {
                if (dict == null) {
                    dict = new PyDict();
                }
                d = dict;
            }
        }
        return d;
    }

    @Override
    public synchronized void setInstanceDict(PyDict d) {
        dict = d;
    }

    @Override
    public PyObject get(PyObject obj, PyType type) {
        return obj == null || obj == PyNone.NONE ? this : new PyMethod(this, obj);
    }

    private PyObject makeKey(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (!typed && nkw == 0) {
            if (npos == 1) {
                PyObject k = args[0];
                if (k.getClass() == PyStr.class || k.getClass() == PyInt.class) {
                    return k;
                }
            }
            return PyTuple.of(args.clone());
        }
        int size = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? npos + nkw : 0);
        PyObject[] key = new PyObject[size];
        int w = 0;
        for (int i = 0; i < npos; i++) {
            key[w++] = args[i];
        }
        if (nkw > 0) {
            key[w++] = KWD_MARK;
            for (int i = 0; i < nkw; i++) {
                key[w++] = PyStr.of(kwnames[i]);
                key[w++] = args[npos + i];
            }
        }
        if (typed) {
            for (int i = 0; i < npos; i++) {
                key[w++] = args[i].type();
            }
            for (int i = 0; i < nkw; i++) {
                key[w++] = args[npos + i].type();
            }
        }
        return PyTuple.of(key);
    }

    @Override
    public PyObject call(PyObject[] args, String[] kwnames) {
        if (maxsize == 0) {
            misses.incrementAndGet();
            return Calls.call(func, args, kwnames);
        }
        PyObject key = makeKey(args, kwnames);
        PyObject r = cache.getItemOrNull(key);
        if (r != null) {
            hits.incrementAndGet();
            if (maxsize > 0) {
                cache.moveToEnd(key, true);
            }
            return r;
        }
        misses.incrementAndGet();
        r = Calls.call(func, args, kwnames);
        if (maxsize > 0 && cache.containsKey(key)) {
            return r;
        }
        cache.setItem(key, r);
        if (maxsize > 0) {
            while (cache.size() > maxsize) {
                if (cache.popFirstItem() == null) {
                    break;
                }
            }
        }
        return r;
    }

    private static LruCacheWrapper w(PyObject o) {
        return (LruCacheWrapper) o;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> {
            if (args.length != 4) {
                throw Errors.typeError("_lru_cache_wrapper() takes exactly 4 arguments");
            }
            if (!dev.weft.runtime.ops.Protocols.isCallable(args[0])) {
                throw Errors.typeError("the first argument must be callable");
            }
            long max = args[1] == PyNone.NONE ? -1 : Math.max(0, dev.weft.runtime.ops.Protocols.index(args[1], null).longValue());
            return new LruCacheWrapper(args[0], max, dev.weft.runtime.ops.Ops.isTrue(args[2]), args[3]);
        });
        t.defV("__call__", (self, args, kw) -> self.call(args, kw));
        t.def2("__get__", 1, (self, obj, type) -> w(self).get(obj, type instanceof PyType ty ? ty : null));
        t.def0("cache_info", self -> {
            LruCacheWrapper c = w(self);
            return Calls.call(c.cacheInfoType, new PyObject[] {PyInt.of(c.hits.get()), PyInt.of(c.misses.get()),
                c.maxsize < 0 ? PyNone.NONE : PyInt.of(c.maxsize), PyInt.of(c.cache.size())}, null);
        });
        t.def0("cache_clear", self -> {
            LruCacheWrapper c = w(self);
            c.cache.clear();
            c.hits.set(0);
            c.misses.set(0);
            return PyNone.NONE;
        });
        t.def0("__copy__", self -> self);
        t.def1("__deepcopy__", (self, memo) -> self);
        t.def0("__reduce__", self -> Attr.getAttr(self, "__qualname__"));
        t.defGetSet("__dict__", self -> w(self).instanceDict(), (self, v) -> {
            if (!(v instanceof PyDict d)) {
                throw Errors.typeError("__dict__ must be set to a dictionary, not a '%s'", v == null ? "NoneType" : v.type().name());
            }
            w(self).setInstanceDict(d);
            return PyNone.NONE;
        });
    }
}
