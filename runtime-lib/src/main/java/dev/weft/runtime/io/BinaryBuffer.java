package dev.weft.runtime.io;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;

/** What a TextIOWrapper needs of its binary buffer: a Java binary file directly, any other object by its methods. */
interface BinaryBuffer {
    byte[] read1(int n);

    byte[] readAll();

    void write(byte[] b);

    void flush();

    long tell();

    long seek(long pos, int whence);

    long truncate(Long size);

    void close();

    boolean closed();

    boolean readable();

    boolean writable();

    boolean seekable();

    static BinaryBuffer of(PyObject buffer) {
        if (buffer instanceof PyBinaryFile f && f.type().lookup("read") == f.type().solidBase().lookup("read")) {
            return new Direct(f);
        }
        return new ByMethods(buffer);
    }

    record Direct(PyBinaryFile f) implements BinaryBuffer {
        @Override public byte[] read1(int n) { return f.read1(n); }
        @Override public byte[] readAll() { return f.read(-1); }
        @Override public void write(byte[] b) { f.write(b); }
        @Override public void flush() { f.flush(); }
        @Override public long tell() { return f.tell(); }
        @Override public long seek(long pos, int whence) { return f.seek(pos, whence); }
        @Override public long truncate(Long size) { return f.truncate(size); }
        @Override public void close() { f.close(); }
        @Override public boolean closed() { return f.isClosed(); }
        @Override public boolean readable() { return f.readable; }
        @Override public boolean writable() { return f.writable; }
        @Override public boolean seekable() { return f.seekable(); }
    }

    record ByMethods(PyObject o) implements BinaryBuffer {
        @Override public byte[] read1(int n) {
            String m = Attr.getAttrOrNull(o, "read1") != null ? "read1" : "read";
            PyObject b = Ops.callMethod(o, m, PyInt.of(n));
            if (b == PyNone.NONE) {
                return new byte[0];
            }
            if (!(b instanceof PyBytes) && !(b instanceof dev.weft.runtime.types.PyByteArray)) {
                throw Errors.typeError("underlying %s() should have returned a bytes-like object, not '%s'", m,
                        b.type().name());
            }
            return IOBaseTypes.bytesLike(b);
        }

        @Override public byte[] readAll() {
            PyObject b = Ops.callMethod(o, "read");
            return b == PyNone.NONE ? new byte[0] : IOBaseTypes.bytesLike(b);
        }

        @Override public void write(byte[] b) { Ops.callMethod(o, "write", PyBytes.of(b)); }
        @Override public void flush() { Ops.callMethod(o, "flush"); }
        @Override public long tell() { return Protocols.indexValue(Ops.callMethod(o, "tell"), "int"); }

        @Override public long seek(long pos, int whence) {
            return Protocols.indexValue(Ops.callMethod(o, "seek", PyInt.of(pos), PyInt.of(whence)), "int");
        }

        @Override public long truncate(Long size) {
            PyObject r = Ops.callMethod(o, "truncate", size == null ? PyNone.NONE : PyInt.of(size));
            return Protocols.indexValue(r, "int");
        }

        @Override public void close() { Ops.callMethod(o, "close"); }
        @Override public boolean closed() { return Ops.isTrue(Attr.getAttr(o, "closed")); }
        @Override public boolean readable() { return Ops.isTrue(Ops.callMethod(o, "readable")); }
        @Override public boolean writable() { return Ops.isTrue(Ops.callMethod(o, "writable")); }
        @Override public boolean seekable() { return Ops.isTrue(Ops.callMethod(o, "seekable")); }
    }
}
