package dev.weft.runtime.modules.struct;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class HalfFloatTest {

    @Test
    void everyNonNanHalfSurvivesUnpackThenPack() {
        for (int h = 0; h < 0x10000; h++) {
            boolean nan = ((h >>> 10) & 0x1f) == 0x1f && (h & 0x3ff) != 0;
            if (!nan) {
                assertEquals(h, HalfFloat.pack(HalfFloat.unpack(h)), Integer.toHexString(h));
            }
        }
    }

    @Test
    void midpointsBetweenHalvesRoundToTheEvenOne() {
        for (int h = 0; h < 0x7bff; h++) {
            double mid = (HalfFloat.unpack(h) + HalfFloat.unpack(h + 1)) / 2;
            int even = (h & 1) == 0 ? h : h + 1;
            assertEquals(even, HalfFloat.pack(mid), Integer.toHexString(h));
        }
    }
}
