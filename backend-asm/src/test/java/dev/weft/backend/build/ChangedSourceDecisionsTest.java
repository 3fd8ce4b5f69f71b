package dev.weft.backend.build;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ChangedSourceDecisionsTest {
    @Test
    void readsKeepExcludeAndEditWithItsReplacements() {
        ChangedSourceDecisions d = ChangedSourceDecisions.parse(List.of(
                "a.py   keep     harmless",
                "b.py   exclude  needs the vendor's runtime",
                "c.py   edit     undo the vendor's call",
                "  - vendor_call(x)",
                "  + pass",
                "  - import vendor",
                "  +"), "changes.txt");
        assertEquals(ChangedSourceDecisions.Action.KEEP, d.get("a.py").action());
        assertEquals("needs the vendor's runtime", d.get("b.py").reason());
        ChangedSourceDecisions.Decision c = d.get("c.py");
        assertEquals(2, c.replacements().size());
        assertEquals("import os\n\nif x:\n    pass\n", c.apply("import os\nimport vendor\nif x:\n    vendor_call(x)\n"));
    }

    @Test
    void anEditWhoseTextIsNotFoundExactlyOnceFails() {
        ChangedSourceDecisions d = ChangedSourceDecisions.parse(List.of("c.py edit why", "  - f()", "  + g()"), "x");
        assertThrows(IllegalStateException.class, () -> d.get("c.py").apply("h()\n"));
        assertThrows(IllegalStateException.class, () -> d.get("c.py").apply("f()\nf()\n"));
    }

    @Test
    void anUnknownActionOrAMissingReasonIsRejected() {
        assertThrows(IllegalArgumentException.class, () -> ChangedSourceDecisions.parse(List.of("a.py drop why"), "x"));
        assertThrows(IllegalArgumentException.class, () -> ChangedSourceDecisions.parse(List.of("a.py keep"), "x"));
        assertThrows(IllegalArgumentException.class, () -> ChangedSourceDecisions.parse(List.of("a.py edit why"), "x"));
    }

    @Test
    void markersAreFoundIgnoringCase() {
        byte[] src = "# GraalPy change: x\n".getBytes(StandardCharsets.UTF_8);
        assertTrue(ChangedSourceDecisions.carriesMarker(src, List.of("truffle", "graalpy")));
        assertFalse(ChangedSourceDecisions.carriesMarker(src, List.of("truffle")));
    }
}
