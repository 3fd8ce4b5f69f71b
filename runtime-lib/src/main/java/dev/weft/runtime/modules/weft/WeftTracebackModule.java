package dev.weft.runtime.modules.weft;

import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.exc.Traceback;
import dev.weft.runtime.exc.TracebackPrinter;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * {@code _weft_traceback}: what the library's {@code traceback} module asks the runtime. Weft
 * compiles CPython 3.12's traceback.py, which draws position markers by 3.12's rules; its 3.13
 * additions (stdlib/py313/traceback.py) take each entry's marked source from
 * {@link TracebackPrinter#markedSource}, so formatted tracebacks match the ones Weft prints.
 */
public final class WeftTracebackModule {
    private WeftTracebackModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("_weft_traceback", "Source lines with position markers for traceback.py.");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "_weft_traceback");
        f.f1("marked_source", (self, tb) -> {
            if (!(tb instanceof Traceback entry)) {
                throw Errors.typeError("marked_source() argument must be a traceback, not %s", tb.type().name());
            }
            String text = TracebackPrinter.markedSource(entry);
            return text == null ? PyNone.NONE : PyStr.of(text);
        });
        return m;
    }
}
