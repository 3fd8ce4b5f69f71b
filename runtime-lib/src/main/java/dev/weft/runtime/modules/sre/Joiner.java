package dev.weft.runtime.modules.sre;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.types.PyByteArray;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyStr;

import java.io.ByteArrayOutputStream;
import java.util.List;

/** {@code ''.join(parts)} / {@code b''.join(parts)} with the messages of str.join and bytes.join. */
final class Joiner {
    private Joiner() { }

    static PyObject join(boolean bytes, List<PyObject> parts) {
        if (bytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int i = 0; i < parts.size(); i++) {
                PyObject o = parts.get(i);
                if (o instanceof PyBytes b) {
                    out.write(b.array(), 0, b.size());
                } else if (o instanceof PyByteArray ba) {
                    byte[] a = ba.toByteArray();
                    out.write(a, 0, a.length);
                } else {
                    throw Errors.typeError("sequence item %d: expected a bytes-like object, %s found", i,
                            o.type().name());
                }
            }
            return PyBytes.of(out.toByteArray());
        }
        if (parts.size() == 1 && parts.get(0).getClass() == PyStr.class) {
            return parts.get(0);
        }
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < parts.size(); i++) {
            PyObject o = parts.get(i);
            if (!(o instanceof PyStr s)) {
                throw Errors.typeError("sequence item %d: expected str instance, %s found", i, o.type().name());
            }
            sb.append(s.value());
        }
        return PyStr.of(sb.toString());
    }
}
