package dev.weft.runtime.text;

import java.util.List;

import org.junit.jupiter.api.DynamicTest;
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
}
