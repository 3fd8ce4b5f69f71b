package dev.weft.it;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TracebackComparisonTest {
    @Test
    void dropsSourceEchoLinesAndLibraryFramesButKeepsProgramFrames() {
        String err = String.join("\n",
                "Traceback (most recent call last):",
                "  File \"<dir>/app.py\", line 12, in <module>",
                "    main()",
                "    ~~~~^^",
                "  File \"<stdlib>/threading.py\", line 1012, in run",
                "    self._target()",
                "  File \"<dir>/app.py\", line 5, in main",
                "    raise ValueError('x')",
                "ValueError: x",
                "");
        assertEquals(List.of(
                "Traceback (most recent call last):",
                "  File \"<dir>/app.py\", line 12, in <module>",
                "  File \"<dir>/app.py\", line 5, in main",
                "ValueError: x",
                ""), TracebackComparison.significantLines(err));
    }

    @Test
    void normalisesTheProgramFolder() {
        assertEquals("  File \"<dir>/a.py\", line 1", TracebackComparison.normalisePaths("  File \"/tmp/x/a.py\", line 1", "/tmp/x"));
    }
}
