package dev.weft.runtime.modules.abc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleDefs;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * {@code _abc._abc_data}: what an ABC remembers ({@code cls._abc_impl}). The registry and the
 * two caches hold their classes weakly, as CPython's sets of weak references do, so a class
 * registered or checked once can still be collected. Each set has its own lock (never held
 * while Python code runs), so threads checking different ABCs never contend.
 */
public final class AbcData extends PyObject {
    static final PyType TYPE = ModuleDefs.type("_abc", "_abc_data", AbcData.class, PyType.OBJECT, t -> { }, 0);

    final TypeSet registry = new TypeSet();
    final TypeSet cache = new TypeSet();
    final TypeSet negativeCache = new TypeSet();
    /** The invalidation token the negative cache was filled under. */
    volatile long negativeCacheVersion;

    AbcData(long token) {
        negativeCacheVersion = token;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A set of classes held weakly. */
    static final class TypeSet {
        private final Map<PyType, Boolean> classes = Collections.synchronizedMap(new WeakHashMap<>());

        boolean contains(PyObject t) {
            return t instanceof PyType pt && classes.containsKey(pt);
        }

        void add(PyType t) {
            classes.put(t, Boolean.TRUE);
        }

        void clear() {
            classes.clear();
        }

        /** The live members, copied (iteration may run Python code, which may register more). */
        List<PyType> snapshot() {
            synchronized (classes) {
                return new ArrayList<>(classes.keySet());
            }
        }
    }
}
