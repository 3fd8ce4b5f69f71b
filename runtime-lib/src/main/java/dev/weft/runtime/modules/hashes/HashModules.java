package dev.weft.runtime.modules.hashes;

import dev.weft.runtime.call.ArgParse;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyInt;
import dev.weft.runtime.types.PyStr;

import java.util.function.Supplier;

/**
 * The builtin hash modules hashlib.py falls back to without OpenSSL's {@code _hashlib}:
 * {@code _md5}, {@code _sha1}, {@code _sha2}, {@code _sha3} and {@code _blake2}.
 */
public final class HashModules {
    private HashModules() { }

    private static final String[] FUNCTION_PARAMS = {"string", "*usedforsecurity"};
    /** CPython's _sha3 types share one argument parser, which names itself after the first. */
    private static final String CLINIC_NAME = "sha3_224";
    /** "/": positional-only (no keyword matches the name). */
    private static final String[] TYPE_PARAMS = {"/data", "*usedforsecurity"};

    /** A module-level constructor function ({@code _md5.md5(string=b'', *, usedforsecurity=True)}). */
    private static void constructor(PyModule m, String fn, PyType type, PyHash.Algorithm alg,
                                    Supplier<HashEngine> engine) {
        ModuleTypes.fv(m, fn, (s, args, kw) -> {
            PyObject[] a = ArgParse.parse(fn, args, kw, FUNCTION_PARAMS, 0);
            PyHash h = new PyHash(type, alg, engine.get());
            if (a[0] != null) {
                h.update(PyHash.data(a[0]));
            }
            return h;
        });
    }

    private static volatile PyModule md5;
    private static volatile PyModule sha1;
    private static volatile PyModule sha2;
    private static volatile PyModule sha3;

    public static synchronized PyModule createMd5() {
        if (md5 == null) {
            PyModule m = ModuleTypes.module("_md5", null);
            PyHash.Algorithm alg = new PyHash.Algorithm("md5", 16, 64, false);
            PyType t = PyHash.newType("_md5", "md5", alg, null);
            m.put("MD5Type", t);
            constructor(m, "md5", t, alg, () -> JdkHash.of("MD5"));
            md5 = m;
        }
        return md5;
    }

    public static synchronized PyModule createSha1() {
        if (sha1 == null) {
            PyModule m = ModuleTypes.module("_sha1", null);
            PyHash.Algorithm alg = new PyHash.Algorithm("sha1", 20, 64, false);
            PyType t = PyHash.newType("_sha1", "sha1", alg, null);
            m.put("SHA1Type", t);
            constructor(m, "sha1", t, alg, () -> JdkHash.of("SHA-1"));
            sha1 = m;
        }
        return sha1;
    }

    public static synchronized PyModule createSha2() {
        if (sha2 == null) {
            PyModule m = ModuleTypes.module("_sha2", null);
            int[][] sizes = {{224, 64}, {256, 64}, {384, 128}, {512, 128}};
            for (int[] s : sizes) {
                String name = "sha" + s[0];
                PyHash.Algorithm alg = new PyHash.Algorithm(name, s[0] / 8, s[1], false);
                PyType t = PyHash.newType("_sha2", "SHA" + s[0] + "Type", alg, null);
                m.put("SHA" + s[0] + "Type", t);
                String jdk = "SHA-" + s[0];
                constructor(m, name, t, alg, () -> JdkHash.of(jdk));
            }
            sha2 = m;
        }
        return sha2;
    }

    public static synchronized PyModule createSha3() {
        if (sha3 == null) {
            PyModule m = ModuleTypes.module("_sha3", null);
            for (int bits : new int[] {224, 256, 384, 512}) {
                int rate = 200 - 2 * bits / 8;
                PyHash.Algorithm alg = new PyHash.Algorithm("sha3_" + bits, bits / 8, rate, false);
                String jdk = "SHA3-" + bits;
                m.put(alg.name(), sha3Type(alg, rate, 0x06, () -> JdkHash.of(jdk)));
            }
            for (int bits : new int[] {128, 256}) {
                int rate = 200 - 2 * bits / 8;
                PyHash.Algorithm alg = new PyHash.Algorithm("shake_" + bits, 0, rate, true);
                m.put(alg.name(), sha3Type(alg, rate, 0x1f, () -> new Keccak(rate, (byte) 0x1f)));
            }
            m.put("implementation", PyStr.of("HACL"));
            sha3 = m;
        }
        return sha3;
    }

    /** The sha3 and shake types are their own constructors ({@code sha3_256(data=b'', /, *, usedforsecurity=True)}). */
    private static PyType sha3Type(PyHash.Algorithm alg, int rate, int suffix, Supplier<HashEngine> engine) {
        return PyHash.newType("_sha3", alg.name(), alg, t -> {
            t.defNew((cls, args, kw) -> {
                int positional = args.length - (kw == null ? 0 : kw.length);
                if (positional > 1) {
                    throw dev.weft.runtime.exc.Errors.typeError("%s() takes at most 1 positional argument (%d given)",
                            CLINIC_NAME, positional);
                }
                PyObject[] a = ArgParse.parse(CLINIC_NAME, args, kw, TYPE_PARAMS, 0);
                PyHash h = new PyHash(cls, alg, engine.get());
                if (a[0] != null) {
                    h.update(PyHash.data(a[0]));
                }
                return h;
            });
            t.defGetSet("_capacity_bits", s -> PyInt.of(1600 - rate * 8), null);
            t.defGetSet("_rate_bits", s -> PyInt.of(rate * 8), null);
            t.defGetSet("_suffix", s -> dev.weft.runtime.types.PyBytes.of(new byte[] {(byte) suffix}), null);
        });
    }

    public static PyModule createBlake2() {
        return Blake2Module.create();
    }
}
