package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyType;
import dev.weft.runtime.ops.Ops;

/** KeyError: {@code str()} of a single-argument KeyError is the repr of the key. */
public final class PyKeyError extends PyBaseException {
    public PyKeyError(PyType type) {
        super(type);
    }

    @Override
    public String strValue() {
        if (args().size() == 1) {
            return Ops.reprString(args().get(0));
        }
        return super.strValue();
    }
}
