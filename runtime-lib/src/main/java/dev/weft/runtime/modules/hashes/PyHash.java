package dev.weft.runtime.modules.hashes;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.Buffers;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.text.BytesHex;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

import java.util.function.Consumer;

/**
 * A hash object of the builtin hash modules (md5, sha1, sha2, sha3, shake, blake2): update,
 * digest, hexdigest, copy, name, digest_size, block_size. Calls on one object are serialised
 * (CPython locks the object too), so threads may share it.
 */
final class PyHash extends PyObject {
    /** What a type of hash object is: its algorithm and sizes. */
    record Algorithm(String name, int digestSize, int blockSize, boolean extendable) { }

    private final PyType type;
    private final Algorithm algorithm;
    private final HashEngine engine;

    PyHash(PyType type, Algorithm algorithm, HashEngine engine) {
        this.type = type;
        this.algorithm = algorithm;
        this.engine = engine;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The bytes of data to hash, with hashlib's errors for str and non-buffers. */
    static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw Errors.typeError("Strings must be encoded before hashing");
        }
        byte[] b = Buffers.bytesOrNull(o);
        if (b == null) {
            throw Errors.typeError("object supporting the buffer API required");
        }
        return b;
    }

    synchronized void update(byte[] data) {
        engine.update(data);
    }

    private synchronized byte[] digest(int length) {
        return engine.digest(length);
    }

    private synchronized PyHash copy() {
        return new PyHash(type, algorithm, engine.copy());
    }

    private static PyHash self(PyObject o) {
        return (PyHash) o;
    }

    /** The XOF output length argument of shake's digest/hexdigest. */
    private static int outputLength(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (i.signum() < 0) {
            throw Errors.valueError("value must be positive");
        }
        if (!i.fitsLong() || i.longValue() >= (1L << 29)) {
            throw Errors.valueError("length is too large");
        }
        return (int) i.longValue();
    }

    /** The methods and attributes every hash type has; {@code extra} adds its own. */
    static Consumer<PyType> definer(String module, Algorithm alg, Consumer<PyType> extra) {
        return t -> {
            t.def("__module__", PyStr.intern(module));
            t.def1("update", (s, data) -> {
                self(s).update(data(data));
                return PyNone.NONE;
            });
            if (alg.extendable()) {
                t.def1("digest", (s, n) -> PyBytes.of(self(s).digest(outputLength(n))));
                t.def1("hexdigest", (s, n) -> PyStr.of(BytesHex.hex(self(s).digest(outputLength(n)))));
            } else {
                t.def0("digest", s -> PyBytes.of(self(s).digest(alg.digestSize())));
                t.def0("hexdigest", s -> PyStr.of(BytesHex.hex(self(s).digest(alg.digestSize()))));
            }
            t.def0("copy", s -> self(s).copy());
            t.defGetSet("name", s -> PyStr.of(self(s).algorithm.name()), null);
            t.defGetSet("digest_size", s -> PyInt.of(self(s).algorithm.digestSize()), null);
            t.defGetSet("block_size", s -> PyInt.of(self(s).algorithm.blockSize()), null);
            if (extra != null) {
                extra.accept(t);
            }
        };
    }

    static PyType newType(String module, String typeName, Algorithm alg, Consumer<PyType> extra) {
        return new PyType(typeName, PyHash.class, PyType.OBJECT, definer(module, alg, extra), PyType.IMMUTABLE);
    }
}
