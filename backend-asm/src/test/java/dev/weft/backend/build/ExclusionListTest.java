package dev.weft.backend.build;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class ExclusionListTest {
    private final ExclusionList list = ExclusionList.parse(List.of(
            "# comment",
            "",
            "test/                 the test suite",
            "**/tests/             test packages",
            "turtle.py             needs Tk"), "exclusions.txt");

    @Test
    void aDirectoryEntryExcludesEverythingUnderIt() {
        assertEquals("the test suite", list.match("test/support/__init__.py").reason());
        assertNull(list.match("testing.py"));
    }

    @Test
    void anyDepthEntryMatchesAtTheTopAndBelow() {
        assertEquals("test packages", list.match("tests/a.py").reason());
        assertEquals("test packages", list.match("email/tests/b.py").reason());
        assertNull(list.match("email/message.py"));
    }

    @Test
    void aFileEntryMatchesOnlyThatFile() {
        assertEquals("needs Tk", list.match("turtle.py").reason());
        assertNull(list.match("turtledemo/x.py"));
    }

    @Test
    void anEntryWithoutAReasonIsRejected() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExclusionList.parse(List.of("venv/"), "x.txt"));
        assertEquals("x.txt:1: an exclusion needs a reason: venv/", e.getMessage());
    }
}
