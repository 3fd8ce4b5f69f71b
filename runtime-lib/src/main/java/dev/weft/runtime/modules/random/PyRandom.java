package dev.weft.runtime.modules.random;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.DerivedObject;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyFloat;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

import java.math.BigInteger;
import java.security.SecureRandom;

/**
 * {@code _random.Random}: the Mersenne Twister behind random.py's {@code Random} (which
 * subclasses it). Each call holds the object's monitor, as CPython's free-threaded build locks
 * the generator per call, so threads sharing one generator never corrupt its state.
 */
public final class PyRandom extends DerivedObject {
    public static final PyType TYPE = ModuleTypes.type("_random", "Random", PyRandom.class, null, true,
            PyRandom::define);
    private static final SecureRandom ENTROPY = new SecureRandom();

    private final MersenneTwister mt = new MersenneTwister();

    private PyRandom(PyType type) {
        super(type);
        seedFromEntropy();
    }

    synchronized void seedFromEntropy() {
        int[] key = new int[MersenneTwister.N];
        for (int i = 0; i < key.length; i++) {
            key[i] = ENTROPY.nextInt();
        }
        mt.initByArray(key);
    }

    /** {@code seed(arg)}: None → OS entropy; an int → its absolute value; anything else → its hash. */
    void seed(PyObject arg) {
        if (arg == null || arg == PyNone.NONE) {
            seedFromEntropy();
            return;
        }
        BigInteger n;
        if (arg instanceof PyInt i) {
            n = i.bigValue().abs();
        } else {
            n = new BigInteger(Long.toUnsignedString(Ops.hash(arg)));
        }
        int bits = n.bitLength();
        int words = bits == 0 ? 1 : (bits - 1) / 32 + 1;
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        synchronized (this) {
            mt.initByArray(key);
        }
    }

    synchronized double random() {
        return mt.nextDouble();
    }

    PyInt getrandbits(int k) {
        if (k < 0) {
            throw Errors.valueError("number of bits must be non-negative");
        }
        if (k == 0) {
            return PyInt.ZERO;
        }
        if (k <= 32) {
            int r;
            synchronized (this) {
                r = mt.next32();
            }
            return PyInt.of(Integer.toUnsignedLong(r) >>> (32 - k));
        }
        int words = (k - 1) / 32 + 1;
        byte[] bigEndian = new byte[words * 4];
        synchronized (this) {
            for (int i = 0; i < words; i++, k -= 32) {
                int r = mt.next32();
                if (k < 32) {
                    r >>>= 32 - k;
                }
                int at = bigEndian.length - 4 * (i + 1);
                bigEndian[at] = (byte) (r >>> 24);
                bigEndian[at + 1] = (byte) (r >>> 16);
                bigEndian[at + 2] = (byte) (r >>> 8);
                bigEndian[at + 3] = (byte) r;
            }
        }
        return PyInt.of(new BigInteger(1, bigEndian));
    }

    synchronized PyTuple getstate() {
        PyObject[] items = new PyObject[MersenneTwister.N + 1];
        for (int i = 0; i < MersenneTwister.N; i++) {
            items[i] = PyInt.of(Integer.toUnsignedLong(mt.state[i]));
        }
        items[MersenneTwister.N] = PyInt.of(mt.index);
        return PyTuple.of(items);
    }

    void setstate(PyObject state) {
        if (!(state instanceof PyTuple t)) {
            throw Errors.typeError("state vector must be a tuple");
        }
        PyObject[] items = t.toArray();
        if (items.length != MersenneTwister.N + 1) {
            throw Errors.valueError("state vector is the wrong size");
        }
        int[] words = new int[MersenneTwister.N];
        for (int i = 0; i < MersenneTwister.N; i++) {
            words[i] = (int) asUnsignedLong(items[i]);
        }
        long index = asLong(items[MersenneTwister.N]);
        if (index < 0 || index > MersenneTwister.N) {
            throw Errors.valueError("invalid state");
        }
        synchronized (this) {
            System.arraycopy(words, 0, mt.state, 0, words.length);
            mt.index = (int) index;
        }
    }

    /** PyLong_AsUnsignedLong: ints only (no __index__), 0 ≤ v < 2**64. */
    private static long asUnsignedLong(PyObject o) {
        if (!(o instanceof PyInt i)) {
            throw Errors.typeError("an integer is required");
        }
        if (i.signum() < 0) {
            throw Errors.overflowError("can't convert negative value to unsigned int");
        }
        if (i.bigValue().bitLength() > 64) {
            throw Errors.overflowError("Python int too large to convert to C unsigned long");
        }
        return i.bigValue().longValue();
    }

    private static long asLong(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong()) {
            throw Errors.overflowError("Python int too large to convert to C long");
        }
        return i.longValue();
    }

    private static int asInt(PyObject o) {
        PyInt i = Protocols.index(o, null);
        if (!i.fitsLong() || i.longValue() != (int) i.longValue()) {
            throw Errors.overflowError("Python int too large to convert to C int");
        }
        return (int) i.longValue();
    }

    private static PyRandom self(PyObject o) {
        return (PyRandom) o;
    }

    private static void define(PyType t) {
        t.defNew((cls, args, kw) -> new PyRandom(cls));
        t.defV("__init__", (s, args, kw) -> {
            if (kw != null && kw.length > 0 && (s.type() == TYPE
                    || s.type().lookup("__init__") == TYPE.lookup("__init__"))) {
                throw Errors.typeError("Random() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("Random() requires 0 or 1 argument");
            }
            self(s).seed(args.length == 1 ? args[0] : null);
            return PyNone.NONE;
        });
        t.defV("seed", (s, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw Errors.typeError("seed() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw Errors.typeError("seed expected at most 1 argument, got %d", args.length);
            }
            self(s).seed(args.length == 1 ? args[0] : null);
            return PyNone.NONE;
        });
        t.def0("random", s -> PyFloat.of(self(s).random()));
        t.def1("getrandbits", (s, k) -> self(s).getrandbits(asInt(k)));
        t.def0("getstate", s -> self(s).getstate());
        t.def1("setstate", (s, state) -> {
            self(s).setstate(state);
            return PyNone.NONE;
        });
    }
}
