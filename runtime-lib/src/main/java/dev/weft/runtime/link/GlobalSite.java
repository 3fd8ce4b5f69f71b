package dev.weft.runtime.link;

import dev.weft.runtime.builtins.BuiltinsModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/**
 * One global-name load in compiled code ({@code invokedynamic loadGlobal}), with CPython's
 * caching idea: remember where the name's entry sits in the module dict (or, for a builtin,
 * that the module dict lacks it while its key set is unchanged, and where it sits in the
 * builtins dict). The value itself is always read from the dict, so a rebinding is seen at
 * once; adding or deleting keys invalidates the "absent from globals" fact.
 *
 * <p>Thread safety without a lock: the hints are ints, each checked against the entry's key on
 * every use (a stale or torn-by-race hint only sends the load down the slow path), and the
 * "absent" fact is one immutable {@link Absent} object read and written as a unit. Races cost
 * at most a slow lookup, never a wrong value: the dict's own optimistic read validates every
 * fast read.
 */
public final class GlobalSite {
    private static final PyDict BUILTINS = BuiltinsModule.module().instanceDict();

    private final PyStr name;
    /** Entry of {@link #name} in the globals dict, or -1. */
    private int globalHint = -1;
    /** Set while the name was last found in the builtins. */
    private Absent absent;

    /** The name is not in {@code globals} while its keys version is {@code version}; builtins entry hint. */
    private record Absent(PyDict globals, long version, int builtinHint) { }

    public GlobalSite(PyStr name) {
        this.name = name;
    }

    public PyObject load(PyDict globals) {
        PyObject v = globals.getAtHint(name, globalHint);
        if (v != null) {
            return v;
        }
        Absent a = absent;
        if (a != null && a.globals == globals && a.version == globals.keysVersion()) {
            v = BUILTINS.getAtHint(name, a.builtinHint);
            if (v != null && !Names.needsCallerGlobals(v)) {
                return v;
            }
        }
        return slowLoad(globals);
    }

    private PyObject slowLoad(PyDict globals) {
        long version = globals.keysVersion();
        int hint = globals.entryHint(name);
        if (hint >= 0) {
            globalHint = hint;
        } else if (version >= 0) {
            absent = new Absent(globals, version, BUILTINS.entryHint(name));
        }
        return Names.loadGlobal(globals, name);
    }
}
