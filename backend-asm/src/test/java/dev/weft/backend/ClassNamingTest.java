package dev.weft.backend;

import dev.weft.runtime.imp.ModuleClassNames;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The backend names module classes as the runtime's importer looks them up. */
class ClassNamingTest {
    @Test
    void moduleAndPackageClassNamesAgreeWithTheImporter() {
        for (String m : new String[] {"app", "a.b", "pkg.sub.leaf", "__main__"}) {
            assertEquals(ModuleClassNames.internalName(m, false), ClassNaming.moduleClass(m, false));
            assertEquals(ModuleClassNames.internalName(m, true), ClassNaming.moduleClass(m, true));
        }
        assertEquals("py/a/b", ClassNaming.moduleClass("a.b", false));
        assertEquals("py/a/__init__", ClassNaming.moduleClass("a", true));
        assertEquals(ModuleClassNames.RUN_METHOD, ClassNaming.RUN_METHOD);
        assertEquals(ModuleClassNames.FILE_METHOD, ClassNaming.FILE_METHOD);
    }

    @Test
    void methodNamesCarryThePythonNameForTracebacks() {
        ClassNaming.MethodNames names = new ClassNaming.MethodNames();
        String module = names.allocate(new dev.weft.ir.IrFunction(dev.weft.ir.IrFunction.Kind.MODULE, "<module>",
                "<module>", 1, dev.weft.ir.IrFunction.Signature.NONE));
        String f = names.allocate(new dev.weft.ir.IrFunction(dev.weft.ir.IrFunction.Kind.FUNCTION, "main", "main", 1,
                dev.weft.ir.IrFunction.Signature.NONE));
        String lambda = names.allocate(new dev.weft.ir.IrFunction(dev.weft.ir.IrFunction.Kind.LAMBDA, "<lambda>",
                "<lambda>", 1, dev.weft.ir.IrFunction.Signature.NONE));
        assertEquals("<module>", dev.weft.runtime.exc.Traceback.PythonNames.functionName(module));
        assertEquals("main", dev.weft.runtime.exc.Traceback.PythonNames.functionName(f));
        assertEquals("main", dev.weft.runtime.exc.Traceback.PythonNames.functionName(f + "$p3"));
        assertEquals("<lambda>", dev.weft.runtime.exc.Traceback.PythonNames.functionName(lambda));
    }
}
