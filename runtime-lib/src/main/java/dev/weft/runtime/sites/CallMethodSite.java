package dev.weft.runtime.sites;

import dev.weft.runtime.call.PyFunction;
import dev.weft.runtime.call.PyMethodDescr;
import dev.weft.runtime.call.PySuper;
import dev.weft.runtime.core.HasDict;
import dev.weft.runtime.core.InstanceAttributes;
import dev.weft.runtime.core.ObjectMethods;
import dev.weft.runtime.core.PyInstance;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Calls;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;

/**
 * A polymorphic inline cache for {@code obj.name(args)} (up to {@link SiteEntries#MAX} receiver
 * types): on a hit (same receiver type and version, the method not shadowed by the instance
 * dict) a Python function is called with the caller's {@code argsWithSelf} array as is, and a
 * builtin method descriptor directly. A site that keeps missing stops caching.
 */
public final class CallMethodSite {
    private static final class Entry extends SiteEntries.Entry {
        final PyObject method;
        /**
         * The receiver's Java class when its instances have no attributes of their own (an
         * exact builtin: nothing can shadow the method), else null.
         */
        final Class<?> attributeless;

        Entry(PyType type, int version, PyObject method, Class<?> attributeless) {
            super(type, version);
            this.method = method;
            this.attributeless = attributeless;
        }
    }

    private final String name;
    private final PyStr key;
    private final SiteEntries<Entry> entries = new SiteEntries<>();

    public CallMethodSite(String name) {
        this.name = name;
        this.key = PyStr.intern(name);
    }

    /** {@code argsWithSelf[0]} is the receiver; then positional, then keyword values. */
    public PyObject call(PyObject[] argsWithSelf, String[] kwnames) {
        PyObject self = argsWithSelf[0];
        PyType t = self.type();
        Entry e = entries.find(t);
        if (e != null) {
            // an instance attribute of the same name shadows a builtin method as well as a
            // Python one (a dict subclass instance with its own `get`)
            if (self.getClass() == e.attributeless || !shadowed(self)) {
                if (e.method instanceof PyMethodDescr d) {
                    return d.callWithSelf(self, argsWithSelf, 1, kwnames);
                }
                return e.method.call(argsWithSelf, kwnames);
            }
            return Calls.callMethod(name, argsWithSelf, kwnames);
        }
        if (entries.mayAdd()) {
            int version = t.version();
            PyObject m = t.lookup(name);
            if ((m instanceof PyFunction || m instanceof PyMethodDescr)
                    && t.lookup("__getattribute__") == ObjectMethods.getattributeDescr() && !(self instanceof PyType) && !(self instanceof PySuper)) {
                entries.add(new Entry(t, version, m, InstanceAttributes.attributeless(self) ? self.getClass() : null));
            }
        }
        return Calls.callMethod(name, argsWithSelf, kwnames);
    }

    private boolean shadowed(PyObject self) {
        if (self instanceof PyInstance inst) {
            return !inst.lacksOwnAttr(key);
        }
        if (self instanceof HasDict h) {
            PyDict d = h.instanceDict();
            return d != null && d.size() != 0 && d.getItemOrNull(key) != null;
        }
        return false;
    }
}
