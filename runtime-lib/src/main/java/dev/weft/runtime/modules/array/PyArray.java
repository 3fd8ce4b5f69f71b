package dev.weft.runtime.modules.array;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.BufferExporter;

import java.util.Arrays;

/**
 * {@code array.array}: items of one C type stored as their little-endian bytes. Every
 * operation holds the object's monitor, so threads sharing an array see each operation whole;
 * no Python code runs under it (items are converted before it is taken).
 */
public final class PyArray extends DerivedObject implements BufferExporter {
    final TypeCode code;
    private byte[] data;
    private int length;

    PyArray(PyType type, TypeCode code) {
        super(type);
        this.code = code;
        this.data = new byte[0];
    }

    synchronized int length() {
        return length;
    }

    /** The items' bytes (a copy). */
    public synchronized byte[] toBytes() {
        return Arrays.copyOf(data, length * code.size);
    }

    @Override
    public byte[] exportBytes() {
        return toBytes();
    }

    private void ensure(int items) {
        int need = items * code.size;
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, data.length * 2 + 16));
        }
    }

    private long bitsAt(int index) {
        long x = 0;
        int at = index * code.size;
        for (int k = 0; k < code.size; k++) {
            x |= (data[at + k] & 0xffL) << (8 * k);
        }
        return x;
    }

    private void putBits(int index, long x) {
        int at = index * code.size;
        for (int k = 0; k < code.size; k++) {
            data[at + k] = (byte) (x >>> (8 * k));
        }
    }

    synchronized PyObject get(long index) {
        if (index < 0 || index >= length) {
            return null;
        }
        return code.fromBits(bitsAt((int) index));
    }

    /** The items, converted (outside the lock) to bits. */
    long[] bitsOf(PyObject[] items) {
        long[] bits = new long[items.length];
        for (int k = 0; k < items.length; k++) {
            bits[k] = code.toBits(items[k]);
        }
        return bits;
    }

    synchronized boolean set(long index, long bits) {
        if (index < 0 || index >= length) {
            return false;
        }
        putBits((int) index, bits);
        return true;
    }

    synchronized void appendBits(long[] bits) {
        ensure(length + bits.length);
        for (long b : bits) {
            putBits(length++, b);
        }
    }

    synchronized void appendBytes(byte[] b) {
        if (b.length % code.size != 0) {
            throw Errors.valueError("bytes length not a multiple of item size");
        }
        ensure(length + b.length / code.size);
        System.arraycopy(b, 0, data, length * code.size, b.length);
        length += b.length / code.size;
    }

    synchronized void insert(long index, long bits) {
        long n = length;
        if (index < 0) {
            index = Math.max(0, index + n);
        }
        index = Math.min(index, n);
        ensure(length + 1);
        int at = (int) index * code.size;
        System.arraycopy(data, at, data, at + code.size, (length - (int) index) * code.size);
        length++;
        putBits((int) index, bits);
    }

    synchronized PyObject pop(long index) {
        if (length == 0) {
            throw Errors.indexError("pop from empty array");
        }
        if (index < 0) {
            index += length;
        }
        if (index < 0 || index >= length) {
            throw Errors.indexError("pop index out of range");
        }
        PyObject item = code.fromBits(bitsAt((int) index));
        delete((int) index, 1);
        return item;
    }

    /** Removes {@code count} items from {@code index}; caller holds the lock. */
    private void delete(int index, int count) {
        int at = index * code.size;
        int end = (index + count) * code.size;
        System.arraycopy(data, end, data, at, length * code.size - end);
        length -= count;
    }

    synchronized void deleteAt(int index) {
        delete(index, 1);
    }

    synchronized void reverse() {
        for (int a = 0, z = length - 1; a < z; a++, z--) {
            long t = bitsAt(a);
            putBits(a, bitsAt(z));
            putBits(z, t);
        }
    }

    synchronized void byteswap() {
        for (int k = 0; k < length; k++) {
            long x = bitsAt(k);
            long swapped = 0;
            for (int j = 0; j < code.size; j++) {
                swapped |= ((x >>> (8 * j)) & 0xff) << (8 * (code.size - 1 - j));
            }
            putBits(k, swapped);
        }
    }

    /** A snapshot of the items as Python objects. */
    synchronized PyObject[] items() {
        PyObject[] out = new PyObject[length];
        for (int k = 0; k < length; k++) {
            out[k] = code.fromBits(bitsAt(k));
        }
        return out;
    }

    /** Replaces the items at {@code indices} (a slice's, in order) with {@code bits}; used for extended slices. */
    synchronized void setAll(int[] indices, long[] bits) {
        for (int k = 0; k < indices.length; k++) {
            putBits(indices[k], bits[k]);
        }
    }

    /** Replaces items {@code [start, stop)} with {@code src}'s bytes (a contiguous slice assignment). */
    synchronized void replace(int start, int stop, byte[] src) {
        start = Math.min(start, length);
        stop = Math.max(start, Math.min(stop, length));
        int newItems = src.length / code.size;
        int newLength = length - (stop - start) + newItems;
        byte[] out = new byte[Math.max(newLength * code.size, 16)];
        System.arraycopy(data, 0, out, 0, start * code.size);
        System.arraycopy(src, 0, out, start * code.size, src.length);
        System.arraycopy(data, stop * code.size, out, (start + newItems) * code.size, (length - stop) * code.size);
        data = out;
        length = newLength;
    }

    synchronized void deleteIndices(int[] sortedIndices) {
        for (int k = sortedIndices.length - 1; k >= 0; k--) {
            delete(sortedIndices[k], 1);
        }
    }

    synchronized void setBytes(byte[] b) {
        data = b.clone();
        length = b.length / code.size;
    }

    boolean equalItems(PyArray other) {
        PyObject[] a = items();
        PyObject[] b = other.items();
        if (a.length != b.length) {
            return false;
        }
        for (int k = 0; k < a.length; k++) {
            if (!Ops.isTrue(Ops.eq(a[k], b[k]))) {
                return false;
            }
        }
        return true;
    }
}
