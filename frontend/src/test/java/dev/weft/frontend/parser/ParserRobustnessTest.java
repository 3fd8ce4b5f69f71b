package dev.weft.frontend.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.fail;

import dev.weft.frontend.ast.Assign;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.error.PythonSyntaxError;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The facade's guarantees: deep nesting parses, and broken input only ever fails with a PythonSyntaxError. */
class ParserRobustnessTest {
    private static Module parse(String source) {
        return PythonParsing.parse(source.getBytes(StandardCharsets.UTF_8), "<test>");
    }

    @Test
    void deeplyNestedParenthesesParse() {
        Module m = parse("x = " + "(".repeat(199) + "1" + ")".repeat(199) + "\n");
        assertEquals(1, m.body.size());
    }

    @Test
    void longOperatorChainsParse() {
        Module m = parse("x = " + String.join(" + ", java.util.Collections.nCopies(5000, "a")) + "\n");
        assertNotNull(((Assign) m.body.get(0)).value);
    }

    @Test
    void nestingTooDeepForTheCallersStackStillParses() throws InterruptedException {
        String source = "x = " + "-".repeat(5000) + "1\n";
        Object[] result = new Object[1];
        Thread small = new Thread(null, () -> {
            try {
                result[0] = parse(source);
            } catch (RuntimeException | Error e) {
                result[0] = e;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        if (!(result[0] instanceof Module)) {
            fail("expected a module, got " + result[0]);
        }
    }

    @Test
    void mutatedSourcesOnlyFailWithPythonSyntaxErrors() throws IOException {
        String[] names = {"statements", "compound", "expressions", "match", "positions", "strings", "soft_keywords"};
        String pieces = "()[]{}:=,.*@'\"\\\n #fif else lambda yield";
        Random random = new Random(20261122);
        int failures = 0;
        for (String name : names) {
            String source;
            try (InputStream in = getClass().getResourceAsStream("/parser/ok/" + name + ".py")) {
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            for (int k = 0; k < 60; k++) {
                int at = random.nextInt(source.length());
                String mutated = random.nextBoolean()
                    ? source.substring(0, at) + source.substring(Math.min(source.length(), at + 1 + random.nextInt(3)))
                    : source.substring(0, at) + pieces.charAt(random.nextInt(pieces.length())) + source.substring(at);
                try {
                    parse(mutated);
                } catch (PythonSyntaxError e) {
                    failures++;
                    assertFalse(e.msg.startsWith("internal error"), () -> e.msg + " for:\n" + mutated);
                    assertNotNull(e.msg);
                }
            }
        }
        assertFalse(failures == 0, "the mutations should break some sources");
    }
}
