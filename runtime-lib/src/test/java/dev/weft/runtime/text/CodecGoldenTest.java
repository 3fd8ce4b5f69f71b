package dev.weft.runtime.text;

import java.util.List;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * str.encode / bytes.decode over codecs, aliases and error handlers against CPython 3.13
 * (codec_cases.jsonl.gz), and character-name lookup (name_cases.jsonl.gz).
 */
class CodecGoldenTest {
    static Object call(GoldenCases.Case c) {
        switch (c.method) {
            case "encode": return Codecs.encode(c.str(0), c.str(1), c.str(2));
            case "decode": return Codecs.decode(c.bytes(0), c.str(1), c.str(2));
            case "lookup": {
                int cp = UnicodeNames.lookup(c.str(0));
                if (cp < 0 && c.error != null) {
                    throw new TextError("KeyError",
                            "\"undefined character name '" + c.str(0) + "'\"");
                }
                return cp;
            }
            default:
                throw new IllegalArgumentException("no dispatch for " + c.method);
        }
    }

    @TestFactory
    List<DynamicTest> codecsMatchCPython() {
        return GoldenCases.tests("codec_cases.jsonl.gz", CodecGoldenTest::call);
    }

    @TestFactory
    List<DynamicTest> nameLookupMatchesCPython() {
        return GoldenCases.tests("name_cases.jsonl.gz", CodecGoldenTest::call);
    }

    /**
     * The CJK codecs go through JDK charsets, whose tables and error extents differ from
     * CPython's in places (cp932 0xFF, GBK's euro sign, EUC-JP error lengths): pinned as a
     * regression bound, not as exact.
     */
    @Test
    void jdkBackedCjkCodecsStayCloseToCPythonOnMalformedInput() {
        List<GoldenCases.Case> cases = new java.util.ArrayList<>();
        GoldenCases.load("jdk_codec_cases.jsonl.gz").values().forEach(cases::addAll);
        GoldenCases.checkAtMost(cases, CodecGoldenTest::call, MAX_JDK_CODEC_DIFFERENCES);
    }

    private static final int MAX_JDK_CODEC_DIFFERENCES = 14;
}
