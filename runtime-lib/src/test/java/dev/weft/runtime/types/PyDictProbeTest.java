package dev.weft.runtime.types;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;

class PyDictProbeTest {
    @Test
    void keysPlacedLateInTheirPerturbedProbeSequenceAreFound() {
        // Found by benchmarks/programs/json_like.py: with these int keys (hash = value) the last
        // probe sequences revisit slots before reaching a free one, so lookups must follow them.
        long[] keys = {152138899148L, 147554363023L, 973483730417L, 360862041484L, 356250903223L};
        PyDict d = new PyDict();
        for (long k : keys) {
            d.setItem(PyInt.of(k), PyBool.TRUE);
        }
        for (long k : keys) {
            assertSame(PyBool.TRUE, d.getItemOrNull(PyInt.of(k)), "key " + k);
        }
    }

    @Test
    void everyInsertedKeyIsFoundForManyRandomKeySets() {
        Random r = new Random(42);
        for (int round = 0; round < 2000; round++) {
            PyDict d = new PyDict();
            int n = 1 + r.nextInt(40);
            long[] keys = new long[n];
            for (int i = 0; i < n; i++) {
                keys[i] = r.nextLong() >>> r.nextInt(40);
                d.setItem(PyInt.of(keys[i]), PyInt.of(i));
            }
            for (long k : keys) {
                assertNotNull(d.getItemOrNull(PyInt.of(k)), "round " + round + " key " + k);
            }
        }
    }
}
