package dev.weft.runtime.modules.hashes;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;

import java.math.BigInteger;

/** {@code _blake2}: the blake2b and blake2s types with all of BLAKE2's parameters, checked as CPython does. */
final class Blake2Module {
    private Blake2Module() { }

    private static final String[] PARAMS = {"/data", "*digest_size", "*key", "*salt", "*person", "*fanout", "*depth",
        "*leaf_size", "*node_offset", "*node_depth", "*inner_size", "*last_node", "*usedforsecurity"};
    private static volatile PyModule module;

    static synchronized PyModule create() {
        if (module == null) {
            PyModule m = ModuleTypes.module("_blake2", null);
            m.put("blake2b", type(true));
            m.put("blake2s", type(false));
            m.put("BLAKE2B_SALT_SIZE", PyInt.of(16));
            m.put("BLAKE2B_PERSON_SIZE", PyInt.of(16));
            m.put("BLAKE2B_MAX_KEY_SIZE", PyInt.of(64));
            m.put("BLAKE2B_MAX_DIGEST_SIZE", PyInt.of(64));
            m.put("BLAKE2S_SALT_SIZE", PyInt.of(8));
            m.put("BLAKE2S_PERSON_SIZE", PyInt.of(8));
            m.put("BLAKE2S_MAX_KEY_SIZE", PyInt.of(32));
            m.put("BLAKE2S_MAX_DIGEST_SIZE", PyInt.of(32));
            module = m;
        }
        return module;
    }

    private static PyType type(boolean big) {
        String name = big ? "blake2b" : "blake2s";
        int max = big ? 64 : 32;
        int saltSize = big ? 16 : 8;
        return PyHash.newType("_blake2", name, new PyHash.Algorithm(name, max, big ? 128 : 64, false), t -> {
            t.def("SALT_SIZE", PyInt.of(saltSize));
            t.def("PERSON_SIZE", PyInt.of(saltSize));
            t.def("MAX_KEY_SIZE", PyInt.of(max));
            t.def("MAX_DIGEST_SIZE", PyInt.of(max));
            t.defNew((cls, args, kw) -> {
                int positional = args.length - (kw == null ? 0 : kw.length);
                if (positional > 1) {
                    throw Errors.typeError("%s() takes at most 1 positional argument (%d given)", name, positional);
                }
                PyObject[] a = ArgParse.parse(name, args, kw, PARAMS, 0);
                Blake2Params p = params(a, big, max, saltSize);
                HashEngine engine = big ? new Blake2b(p) : new Blake2s(p);
                PyHash h = new PyHash(cls, new PyHash.Algorithm(name, p.digestSize(), big ? 128 : 64, false), engine);
                if (a[0] != null) {
                    h.update(PyHash.data(a[0]));
                }
                return h;
            });
        });
    }

    private static Blake2Params params(PyObject[] a, boolean big, int max, int saltSize) {
        int digestSize = a[1] == null ? max : (int) intArg(a[1]);
        if (digestSize < 1 || digestSize > max) {
            throw Errors.valueError("digest_size must be between 1 and %d bytes", max);
        }
        byte[] key = bytesArg(a[2]);
        if (key.length > max) {
            throw Errors.valueError("maximum key length is %d bytes", max);
        }
        byte[] salt = bytesArg(a[3]);
        if (salt.length > saltSize) {
            throw Errors.valueError("maximum salt length is %d bytes", saltSize);
        }
        byte[] person = bytesArg(a[4]);
        if (person.length > saltSize) {
            throw Errors.valueError("maximum person length is %d bytes", saltSize);
        }
        long fanout = a[5] == null ? 1 : intArg(a[5]);
        if (fanout < 0 || fanout > 255) {
            throw Errors.valueError("fanout must be between 0 and 255");
        }
        long depth = a[6] == null ? 1 : intArg(a[6]);
        if (depth <= 0 || depth > 255) {
            throw Errors.valueError("depth must be between 1 and 255");
        }
        long leafSize = a[7] == null ? 0 : unsignedArg(a[7], BigInteger.ONE.shiftLeft(32), "leaf_size");
        long nodeOffset = a[8] == null ? 0 : unsignedArg(a[8], BigInteger.ONE.shiftLeft(big ? 64 : 48), "node_offset");
        long nodeDepth = a[9] == null ? 0 : intArg(a[9]);
        if (nodeDepth < 0 || nodeDepth > 255) {
            throw Errors.valueError("node_depth must be between 0 and 255");
        }
        long innerSize = a[10] == null ? 0 : intArg(a[10]);
        if (innerSize < 0 || innerSize > max) {
            throw Errors.valueError("inner_size must be between 0 and is %d", max);
        }
        boolean lastNode = a[11] != null && Ops.isTrue(a[11]);
        return new Blake2Params(digestSize, key, salt, person, (int) fanout, (int) depth, leafSize, nodeOffset,
                (int) nodeDepth, (int) innerSize, lastNode);
    }

    private static byte[] bytesArg(PyObject o) {
        return o == null ? new byte[0] : dev.weft.runtime.modules.Buffers.bytes(o);
    }

    private static long intArg(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return i.longValue();
    }

    /** leaf_size and node_offset: non-negative, below {@code limit}. */
    private static long unsignedArg(PyObject o, BigInteger limit, String what) {
        PyInt i = Protocols.index(o, null);
        if (i.signum() < 0) {
            throw Errors.valueError("value must be positive");
        }
        if (i.bigValue().bitLength() > 64) {
            throw Errors.overflowError("int too big to convert");
        }
        if (i.bigValue().compareTo(limit) >= 0) {
            throw Errors.overflowError("%s is too large", what);
        }
        return i.bigValue().longValue();
    }
}
