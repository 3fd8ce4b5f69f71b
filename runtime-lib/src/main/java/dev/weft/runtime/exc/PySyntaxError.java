package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

/** SyntaxError: {@code SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))}. */
public final class PySyntaxError extends PyBaseException {
    public volatile PyObject msg, filename, lineno, offset, text, endLineno, endOffset, printFileAndLine;

    public PySyntaxError(PyType type) {
        super(type);
    }

    @Override
    public void init(PyObject[] a) {
        super.init(a);
        if (a.length >= 1) {
            msg = a[0];
        }
        if (a.length == 2) {
            if (!(a[1] instanceof PyTuple info) || info.size() < 4 || info.size() > 6) {
                throw Errors.indexError("tuple index out of range");
            }
            filename = info.get(0);
            lineno = info.get(1);
            offset = info.get(2);
            text = info.get(3);
            if (info.size() > 4) {
                endLineno = info.get(4);
            }
            if (info.size() > 5) {
                endOffset = info.get(5);
            }
        }
    }

    @Override
    public String strValue() {
        String m = msg == null ? super.strValue() : strOf(msg);
        boolean haveFile = filename instanceof PyStr;
        boolean haveLine = lineno instanceof PyInt;
        if (haveFile) {
            String f = filename.toString();
            int slash = f.lastIndexOf('/');
            f = slash >= 0 ? f.substring(slash + 1) : f;
            return haveLine ? m + " (" + f + ", line " + lineno + ")" : m + " (" + f + ")";
        }
        return haveLine ? m + " (line " + lineno + ")" : m;
    }

    static PyObject none(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
