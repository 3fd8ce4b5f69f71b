package dev.weft.runtime.modules.weft;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.call.PyModule;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.core.PyType;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.modules.ModuleDefs;
import dev.weft.runtime.modules.ModuleTypes;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.types.PyDict;
import dev.weft.runtime.types.PyNone;
import dev.weft.runtime.types.PyStr;

/**
 * {@code weft}: what Python code tells the Weft compiler. {@code @weft.java_class("com.example.Greeter")}
 * on a module-level class asks the compiler to emit a Java class of that name whose constructors
 * and methods call the Python class (signatures from annotations, or from the decorator's
 * {@code signatures} dict). The compiler reads the decorator from the source; at run time the
 * decorator only checks its arguments and records the Java name as {@code __weft_java_class__}.
 */
public final class WeftModule {
    private WeftModule() { }

    public static PyModule create() {
        PyModule m = ModuleTypes.module("weft", "Declarations for the Weft compiler (Java-visible classes).");
        ModuleDefs.Funcs f = new ModuleDefs.Funcs(m, "weft");
        f.fv("java_class", (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            int npos = args.length - nkw;
            if (npos != 1 || !(args[0] instanceof PyStr name)) {
                throw Errors.typeError("java_class() takes the Java class name as its one positional argument");
            }
            for (int i = 0; i < nkw; i++) {
                if (!kw[i].equals("signatures")) {
                    throw Errors.typeError("java_class() got an unexpected keyword argument '%s'", kw[i]);
                }
                PyObject sigs = args[npos + i];
                if (sigs != PyNone.NONE && !(sigs instanceof PyDict)) {
                    throw Errors.typeError("java_class() signatures must be a dict, not %s", sigs.type().name());
                }
            }
            return new PyBuiltinFunction("java_class_decorator", null, (d, cls, kw2) -> {
                if (cls.length != 1 || !(cls[0] instanceof PyType type)) {
                    throw Errors.typeError("@java_class(...) decorates a class");
                }
                Attr.setAttr(type, "__weft_java_class__", name);
                return type;
            });
        });
        return m;
    }
}
