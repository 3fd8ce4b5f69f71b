package dev.weft.runtime.types;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.format.PercentFormat;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;

import java.nio.charset.StandardCharsets;

/** The object model's side of {@code bytes % args} and {@code bytearray % args} (PEP 461). */
final class BytesFormatOperands extends FormatOperands {
    static final BytesFormatOperands BYTES = new BytesFormatOperands();

    private BytesFormatOperands() { }

    /** {@code fmt % args} for a bytes-like format: the formatted bytes. */
    static byte[] percent(byte[] fmt, PyObject args) {
        String latin1 = new String(fmt, StandardCharsets.ISO_8859_1);
        return PercentFormat.format(latin1, args, BYTES).getBytes(StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean bytesMode() {
        return true;
    }

    @Override
    public boolean isMapping(PyObject args) {
        return !(args instanceof PyTuple) && !(args instanceof PyBytes) && !(args instanceof PyByteArray)
                && !(args instanceof PyStr) && args.type().lookup("__getitem__") != null;
    }

    @Override
    public PyObject getItem(PyObject mapping, String key) {
        return Protocols.getItem(mapping, PyBytes.of(key.getBytes(StandardCharsets.ISO_8859_1)));
    }

    @Override
    public String bytesValue(PyObject v) {
        byte[] b = BytesMethods.bufferOf(v);
        if (b == null && v instanceof BufferExporter e) {
            b = e.exportBytes();
        }
        if (b == null && !(v instanceof PyStr) && v.type().lookup("__bytes__") != null) {
            PyObject r = Ops.callMethod(v, "__bytes__");
            if (!(r instanceof PyBytes rb)) {
                throw Errors.typeError("__bytes__ returned non-bytes (type %s)", r.type().name());
            }
            b = rb.bytes;
        }
        return b == null ? null : new String(b, StandardCharsets.ISO_8859_1);
    }
}
