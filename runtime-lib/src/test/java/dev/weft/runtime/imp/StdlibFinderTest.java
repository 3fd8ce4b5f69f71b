package dev.weft.runtime.imp;

import dev.weft.runtime.exc.ExceptionTypes;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.TracebackPrinter;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class StdlibFinderTest {
    @TempDir
    Path dir;

    /** A class path holding only a compile report: one module compiled, two that failed. */
    private ClassLoader libraryWithReport() throws IOException {
        Path report = dir.resolve(ModuleClassNames.STDLIB_REPORT);
        Files.createDirectories(report.getParent());
        Files.writeString(report, String.join("\n",
                "# weft-stdlib compile report",
                "ok\tweft_test_fine\tmodule\tweft-stdlib/weft_test_fine.py\t0\t\t",
                "failed\tweft_test_broken\tmodule\tweft-stdlib/weft_test_broken.py\t12\tNotImplementedError\t"
                        + "the match statement is not supported by weft yet",
                "failed\tweft_test_pkg\tpackage\tweft-stdlib/weft_test_pkg/__init__.py\t0\tSystemError\t"
                        + "internal error in the weft compiler: boom",
                ""));
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, StdlibFinderTest.class.getClassLoader());
    }

    @Test
    void aModuleThatFailedToCompileRaisesItsErrorWhenRun() throws IOException {
        StdlibFinder finder = new StdlibFinder(libraryWithReport());
        assertTrue(finder.present());
        ModuleFinder.ModuleCode code = finder.find("weft_test_broken");
        assertEquals("weft-stdlib/weft_test_broken.py", code.filename());
        PyException e = assertThrows(PyException.class, () -> code.body().accept(new PyDict()));
        assertTrue(e.matches(ExceptionTypes.NotImplementedError));
        assertEquals("NotImplementedError: the match statement is not supported by weft yet "
                + "(weft-stdlib/weft_test_broken.py, line 12)", TracebackPrinter.lastLine(e.value));
    }

    @Test
    void aFailedPackageWithoutALineNamesOnlyItsFile() throws IOException {
        ModuleFinder.ModuleCode code = new StdlibFinder(libraryWithReport()).find("weft_test_pkg");
        assertTrue(code.isPackage());
        PyException e = assertThrows(PyException.class, () -> code.body().accept(new PyDict()));
        assertEquals("SystemError: internal error in the weft compiler: boom (weft-stdlib/weft_test_pkg/__init__.py)",
                TracebackPrinter.lastLine(e.value));
    }

    @Test
    void aModuleNeitherCompiledNorReportedIsNotFound() throws IOException {
        StdlibFinder finder = new StdlibFinder(libraryWithReport());
        assertNull(finder.find("weft_test_absent"));
        // listed as compiled, but its class is not on this class path
        assertNull(finder.find("weft_test_fine"));
    }

    @Test
    void withoutTheLibraryJarNothingIsFound() {
        StdlibFinder finder = new StdlibFinder(new URLClassLoader(new URL[0], null));
        assertFalse(finder.present());
        assertNull(finder.find("json"));
    }

    @Test
    void importingAFailedLibraryModuleRaisesAndLeavesNoModuleBehind() throws IOException {
        Importer.addLibraryFinder(new StdlibFinder(libraryWithReport()));
        PyException e = assertThrows(PyException.class, () -> Importer.importModule("weft_test_broken"));
        assertTrue(e.matches(ExceptionTypes.NotImplementedError));
        assertNull(Importer.sysModules().getItemOrNull(PyStr.of("weft_test_broken")));
    }
}
