package dev.weft.runtime.modules.itertools;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Protocols;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyIterator;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyTuple;

/**
 * product, permutations, combinations and combinations_with_replacement, in CPython's
 * (lexicographic) orders. Their state is index arrays, so next() is synchronised.
 */
final class Combinatorics {
    private Combinatorics() { }

    static final PyType PRODUCT = ItertoolsTypes.type("product", (cls, args, kw) -> {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        long repeat = 1;
        for (int i = 0; i < nkw; i++) {
            if (!kw[i].equals("repeat")) {
                throw Errors.typeError("product() got an unexpected keyword argument '%s'", kw[i]);
            }
            repeat = ItertoolsTypes.ssize(args[npos + i]);
        }
        if (repeat < 0) {
            throw Errors.valueError("repeat argument cannot be negative");
        }
        PyObject[][] distinct = new PyObject[npos][];
        for (int i = 0; i < npos; i++) {
            distinct[i] = Protocols.toArray(args[i]);
        }
        if (npos != 0 && repeat > Integer.MAX_VALUE / npos) {
            throw Errors.overflowError("repeat argument too large");
        }
        PyObject[][] pools = new PyObject[(int) (npos * repeat)][];
        for (int i = 0; i < pools.length; i++) {
            pools[i] = distinct[i % npos];
        }
        return new Product(pools);
    }, null);

    static final PyType PERMUTATIONS = ItertoolsTypes.type("permutations", (cls, args, kw) -> {
        PyObject[] a = ArgParse.parse("permutations", args, kw, new String[] {"iterable", "r"}, 1);
        PyObject[] pool = Protocols.toArray(a[0]);
        long r = pool.length;
        if (a[1] != null && a[1] != PyNone.NONE) {
            if (!(a[1] instanceof PyInt ri)) {
                throw Errors.typeError("Expected int as r");
            }
            r = ItertoolsTypes.ssize(ri);
        }
        if (r < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return new Permutations(pool, r);
    }, null);

    static final PyType COMBINATIONS = ItertoolsTypes.type("combinations", (cls, args, kw) -> {
        PyObject[] a = ArgParse.parse("combinations", args, kw, new String[] {"iterable", "r"}, 2);
        PyObject[] pool = Protocols.toArray(a[0]);
        long r = ItertoolsTypes.ssize(a[1]);
        if (r < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return new Combinations(true, pool, r);
    }, null);

    static final PyType COMBINATIONS_WR = ItertoolsTypes.type("combinations_with_replacement", (cls, args, kw) -> {
        PyObject[] a = ArgParse.parse("combinations_with_replacement", args, kw, new String[] {"iterable", "r"}, 2);
        PyObject[] pool = Protocols.toArray(a[0]);
        long r = ItertoolsTypes.ssize(a[1]);
        if (r < 0) {
            throw Errors.valueError("r must be non-negative");
        }
        return new Combinations(false, pool, r);
    }, null);

    static final class Product extends PyIterator {
        private final PyObject[][] pools;
        private int[] indices;
        private boolean stopped;

        Product(PyObject[][] pools) {
            super(PRODUCT);
            this.pools = pools;
        }

        @Override
        public synchronized PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pools.length;
            if (indices == null) {
                for (PyObject[] p : pools) {
                    if (p.length == 0) {
                        stopped = true;
                        return null;
                    }
                }
                indices = new int[n];
                return current();
            }
            int i = n - 1;
            for (; i >= 0; i--) {
                indices[i]++;
                if (indices[i] < pools[i].length) {
                    break;
                }
                indices[i] = 0;
            }
            if (i < 0) {
                stopped = true;
                return null;
            }
            return current();
        }

        private PyTuple current() {
            PyObject[] out = new PyObject[pools.length];
            for (int k = 0; k < out.length; k++) {
                out[k] = pools[k][indices[k]];
            }
            return PyTuple.of(out);
        }
    }

    static final class Permutations extends PyIterator {
        private final PyObject[] pool;
        private final int r;
        private int[] indices, cycles;
        private boolean stopped;

        Permutations(PyObject[] pool, long r) {
            super(PERMUTATIONS);
            this.pool = pool;
            this.r = (int) Math.min(r, Integer.MAX_VALUE);
            this.stopped = r > pool.length;
        }

        @Override
        public synchronized PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[n];
                for (int i = 0; i < n; i++) {
                    indices[i] = i;
                }
                cycles = new int[r];
                for (int i = 0; i < r; i++) {
                    cycles[i] = n - i;
                }
                return current();
            }
            if (n == 0) {
                stopped = true;
                return null;
            }
            int i = r - 1;
            for (; i >= 0; i--) {
                cycles[i]--;
                if (cycles[i] == 0) {
                    int first = indices[i];
                    System.arraycopy(indices, i + 1, indices, i, n - i - 1);
                    indices[n - 1] = first;
                    cycles[i] = n - i;
                } else {
                    int j = cycles[i];
                    int tmp = indices[i];
                    indices[i] = indices[n - j];
                    indices[n - j] = tmp;
                    return current();
                }
            }
            stopped = true;
            return null;
        }

        private PyTuple current() {
            PyObject[] out = new PyObject[r];
            for (int k = 0; k < r; k++) {
                out[k] = pool[indices[k]];
            }
            return PyTuple.of(out);
        }
    }

    static final class Combinations extends PyIterator {
        private final PyObject[] pool;
        private final int r;
        private final boolean replacement;
        private int[] indices;
        private boolean stopped;

        /** {@code plain}: combinations (else combinations_with_replacement), a flag so the type is read at run time. */
        Combinations(boolean plain, PyObject[] pool, long r) {
            super(plain ? COMBINATIONS : COMBINATIONS_WR);
            boolean replacement = !plain;
            this.pool = pool;
            this.r = (int) Math.min(r, Integer.MAX_VALUE);
            this.replacement = replacement;
            this.stopped = replacement ? pool.length == 0 && r > 0 : r > pool.length;
        }

        @Override
        public synchronized PyObject next() {
            if (stopped) {
                return null;
            }
            int n = pool.length;
            if (indices == null) {
                indices = new int[r];
                for (int i = 0; i < r; i++) {
                    indices[i] = replacement ? 0 : i;
                }
                return current();
            }
            int i = r - 1;
            if (replacement) {
                while (i >= 0 && indices[i] == n - 1) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                int v = indices[i] + 1;
                for (int j = i; j < r; j++) {
                    indices[j] = v;
                }
            } else {
                while (i >= 0 && indices[i] == i + n - r) {
                    i--;
                }
                if (i < 0) {
                    stopped = true;
                    return null;
                }
                indices[i]++;
                for (int j = i + 1; j < r; j++) {
                    indices[j] = indices[j - 1] + 1;
                }
            }
            return current();
        }

        private PyTuple current() {
            PyObject[] out = new PyObject[r];
            for (int k = 0; k < r; k++) {
                out[k] = pool[indices[k]];
            }
            return PyTuple.of(out);
        }
    }
}
