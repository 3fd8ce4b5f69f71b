package dev.weft.runtime.text;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Every bytes function against CPython 3.13's results (bytes_cases.jsonl.gz). */
class BytesGoldenTest {
    private static int start(GoldenCases.Case c, int k) {
        Object v = c.arg(k);
        return v == null ? 0 : ((Long) v).intValue();
    }

    private static int end(GoldenCases.Case c, int k) {
        Object v = c.arg(k);
        return v == null ? StrSearch.END : ((Long) v).intValue();
    }

    /** A sub argument: bytes, or an int standing for one byte. */
    private static byte[] sub(GoldenCases.Case c, int k) {
        Object v = c.arg(k);
        if (v instanceof Long) {
            return BytesSearch.byteArg((Long) v);
        }
        return c.bytes(k);
    }

    @SuppressWarnings("unchecked")
    static Object call(GoldenCases.Case c) {
        if (c.method.equals("bytes.fromhex")) {
            return BytesHex.fromhex(c.str(0));
        }
        byte[] s = c.bytes(0);
        int n = c.args.size();
        switch (c.method) {
            case "bytes.capitalize": return BytesOps.capitalize(s);
            case "bytes.lower": return BytesOps.lower(s);
            case "bytes.upper": return BytesOps.upper(s);
            case "bytes.swapcase": return BytesOps.swapcase(s);
            case "bytes.title": return BytesOps.title(s);
            case "bytes.isalnum": return BytesOps.isalnum(s);
            case "bytes.isalpha": return BytesOps.isalpha(s);
            case "bytes.isascii": return BytesOps.isascii(s);
            case "bytes.isdigit": return BytesOps.isdigit(s);
            case "bytes.islower": return BytesOps.islower(s);
            case "bytes.isspace": return BytesOps.isspace(s);
            case "bytes.istitle": return BytesOps.istitle(s);
            case "bytes.isupper": return BytesOps.isupper(s);
            case "bytes.split":
                return n == 1 ? BytesSearch.split(s, null, -1)
                        : BytesSearch.split(s, c.bytes(1), c.integer(2));
            case "bytes.rsplit":
                return n == 1 ? BytesSearch.rsplit(s, null, -1)
                        : BytesSearch.rsplit(s, c.bytes(1), c.integer(2));
            case "bytes.strip": return BytesOps.strip(s, n == 1 ? null : c.bytes(1));
            case "bytes.lstrip": return BytesOps.lstrip(s, n == 1 ? null : c.bytes(1));
            case "bytes.rstrip": return BytesOps.rstrip(s, n == 1 ? null : c.bytes(1));
            case "bytes.splitlines": return BytesOps.splitlines(s, n > 1 && (Boolean) c.arg(1));
            case "bytes.expandtabs": return BytesOps.expandtabs(s, n == 1 ? 8 : c.integer(1));
            case "bytes.hex": {
                if (n == 1) {
                    return BytesHex.hex(s);
                }
                Object sep = c.arg(1);
                String sepText = sep instanceof Map
                        ? new String(c.bytes(1), StandardCharsets.ISO_8859_1) : (String) sep;
                return sepText == null ? BytesHex.hex(s) : BytesHex.hex(s, sepText, c.integer(2));
            }
            case "repr": return BytesHex.repr(s);
            case "bytes.zfill": return BytesOps.zfill(s, c.integer(1));
            case "bytes.center":
                return BytesOps.center(s, c.integer(1), BytesOps.fillByte("center", c.bytes(2), "bytes"));
            case "bytes.ljust":
                return BytesOps.ljust(s, c.integer(1), BytesOps.fillByte("ljust", c.bytes(2), "bytes"));
            case "bytes.rjust":
                return BytesOps.rjust(s, c.integer(1), BytesOps.fillByte("rjust", c.bytes(2), "bytes"));
            case "bytes.partition": return BytesSearch.partition(s, c.bytes(1));
            case "bytes.rpartition": return BytesSearch.rpartition(s, c.bytes(1));
            case "bytes.removeprefix": return BytesSearch.removeprefix(s, c.bytes(1));
            case "bytes.removesuffix": return BytesSearch.removesuffix(s, c.bytes(1));
            case "bytes.contains": return BytesSearch.contains(s, sub(c, 1));
            case "bytes.replace":
                return BytesSearch.replace(s, c.bytes(1), c.bytes(2), c.integer(3));
            case "bytes.find": return BytesSearch.find(s, sub(c, 1), start(c, 2), end(c, 3));
            case "bytes.rfind": return BytesSearch.rfind(s, sub(c, 1), start(c, 2), end(c, 3));
            case "bytes.index": return BytesSearch.index(s, sub(c, 1), start(c, 2), end(c, 3));
            case "bytes.rindex": return BytesSearch.rindex(s, sub(c, 1), start(c, 2), end(c, 3));
            case "bytes.count": return BytesSearch.count(s, sub(c, 1), start(c, 2), end(c, 3));
            case "bytes.startswith":
                return BytesSearch.startswith(s, c.bytes(1), start(c, 2), end(c, 3));
            case "bytes.endswith":
                return BytesSearch.endswith(s, c.bytes(1), start(c, 2), end(c, 3));
            case "bytes.join": {
                List<byte[]> items = new ArrayList<>();
                for (Object o : (List<Object>) c.arg(1)) {
                    items.add(GoldenCases.bytes(o));
                }
                return BytesSearch.join(s, items);
            }
            case "bytes.translate": {
                byte[] table = c.arg(1) == null ? null
                        : c.arg(2) == null ? c.bytes(1) : BytesOps.maketrans(c.bytes(1), c.bytes(2));
                return BytesOps.translate(s, table, n > 3 ? c.bytes(3) : null);
            }
            case "bytes.maketrans": return BytesOps.maketrans(s, c.bytes(1));
            case "bytes.decode": return Codecs.decode(s, null, null);
            default:
                throw new IllegalArgumentException("no dispatch for " + c.method);
        }
    }

    @TestFactory
    List<DynamicTest> bytesFunctionsMatchCPython() {
        return GoldenCases.tests("bytes_cases.jsonl.gz", BytesGoldenTest::call);
    }
}
