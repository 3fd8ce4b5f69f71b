package dev.weft.runtime.link;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyComplex;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;
import dev.weft.runtime.types.PyTuple;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a table of Python constants packed into one string by the compiler (used by modules
 * with more constants than a class's constant pool holds). Each constant is a tag, a decimal
 * count, ':' and a payload: i int (decimal), f float and c imaginary (raw bits in hex), s str,
 * b bytes (one char per byte), n None/True/False/Ellipsis by name (count = payload length), t
 * tuple (count = number of items, which follow).
 */
final class ConstantTables {
    private ConstantTables() { }

    static PyObject[] decode(String encoded) {
        List<PyObject> out = new ArrayList<>();
        int[] pos = {0};
        while (pos[0] < encoded.length()) {
            out.add(next(encoded, pos));
        }
        return out.toArray(new PyObject[0]);
    }

    private static PyObject next(String s, int[] pos) {
        char tag = s.charAt(pos[0]++);
        int colon = s.indexOf(':', pos[0]);
        int count = Integer.parseInt(s, pos[0], colon, 10);
        pos[0] = colon + 1;
        if (tag == 't') {
            PyObject[] items = new PyObject[count];
            for (int i = 0; i < count; i++) {
                items[i] = next(s, pos);
            }
            return PyTuple.of(items);
        }
        String payload = s.substring(pos[0], pos[0] + count);
        pos[0] += count;
        return switch (tag) {
            case 'i' -> PyInt.of(new BigInteger(payload));
            case 'f' -> PyFloat.of(Double.longBitsToDouble(Long.parseUnsignedLong(payload, 16)));
            case 'c' -> new PyComplex(0.0, Double.longBitsToDouble(Long.parseUnsignedLong(payload, 16)));
            case 's' -> PyStr.intern(payload);
            case 'b' -> PyBytes.of(payload.getBytes(StandardCharsets.ISO_8859_1));
            case 'n' -> Bootstraps.singletonConstant(null, null, null, payload);
            default -> throw new IllegalArgumentException("bad constant table tag " + tag);
        };
    }
}
