package dev.weft.runtime.exc;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

/** UnicodeEncodeError, UnicodeDecodeError, UnicodeTranslateError with CPython's messages. */
public final class PyUnicodeError extends PyBaseException {
    public volatile PyObject encoding, object, start, end, reason;

    public PyUnicodeError(PyType type) {
        super(type);
    }

    private boolean isDecode() { return type().isSubtypeOf(ExceptionTypes.UnicodeDecodeError); }
    private boolean isEncode() { return type().isSubtypeOf(ExceptionTypes.UnicodeEncodeError); }
    private boolean isTranslate() { return type().isSubtypeOf(ExceptionTypes.UnicodeTranslateError); }

    @Override
    public void init(PyObject[] a) {
        super.init(a);
        int expected = isTranslate() ? 4 : 5;
        if (!isDecode() && !isEncode() && !isTranslate()) {
            return;
        }
        if (a.length != expected) {
            throw Errors.typeError("function takes exactly %d arguments (%d given)", expected, a.length);
        }
        int i = 0;
        if (!isTranslate()) {
            if (!(a[0] instanceof PyStr)) {
                throw Errors.typeError("argument 1 must be str, not %s", a[0].type().name());
            }
            encoding = a[i++];
        }
        object = a[i++];
        if (isDecode() && !(object instanceof PyBytes)) {
            object = PyBytes.fromBuffer(object);
        }
        start = a[i++];
        end = a[i++];
        reason = a[i];
    }

    @Override
    public String strValue() {
        if (object == null) {
            return super.strValue();
        }
        int s = (int) ((PyInt) start).longValue();
        int e = (int) ((PyInt) end).longValue();
        String r = strOf(reason);
        if (isDecode()) {
            byte[] b = ((PyBytes) object).array();
            if (e == s + 1 && s >= 0 && s < b.length) {
                return String.format("'%s' codec can't decode byte 0x%02x in position %d: %s", strOf(encoding),
                        b[s] & 0xff, s, r);
            }
            return String.format("'%s' codec can't decode bytes in position %d-%d: %s", strOf(encoding), s, e - 1, r);
        }
        String what = isEncode() ? "'" + strOf(encoding) + "' codec can't encode" : "can't translate";
        PyStr obj = (PyStr) object;
        if (e == s + 1 && s >= 0 && s < obj.length()) {
            int cp = obj.codePointAt(s);
            String c = cp < 0x100 ? String.format("\\x%02x", cp)
                    : cp < 0x10000 ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
            return String.format("%s character '%s' in position %d: %s", what, c, s, r);
        }
        return String.format("%s characters in position %d-%d: %s", what, s, e - 1, r);
    }
}
