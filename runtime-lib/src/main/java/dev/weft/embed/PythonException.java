package dev.weft.embed;

import dev.weft.runtime.exc.PyBaseException;
import dev.weft.runtime.exc.PyException;
import dev.weft.runtime.exc.TracebackPrinter;

/**
 * A Python exception that reached Java code through the embedding API. It carries the Python
 * exception's type name ({@code ValueError}, or {@code module.Name} for classes defined outside
 * builtins), its message ({@code str(exc)}) and the traceback CPython would print. The Java
 * stack trace of the underlying runtime exception is the {@linkplain #getCause() cause}.
 */
public class PythonException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient PyBaseException exception;
    private final String pythonType;
    private final String pythonMessage;
    private final String pythonTraceback;

    PythonException(PyException carrier) {
        super(null, carrier, false, true);
        this.exception = carrier.value;
        this.pythonType = typeName(carrier.value);
        this.pythonMessage = safeStr(carrier.value);
        this.pythonTraceback = safeTraceback(carrier.value);
    }

    /** The exception's type: {@code ZeroDivisionError}, {@code app.errors.BadInput}. */
    public String pythonType() {
        return pythonType;
    }

    /** {@code str(exc)}. */
    public String pythonMessage() {
        return pythonMessage;
    }

    /** The report CPython prints for the uncaught exception: {@code Traceback (most recent call last): ...}. */
    public String pythonTraceback() {
        return pythonTraceback;
    }

    /** The Python exception object itself. */
    public PythonObject exception() {
        return new PythonObject(exception);
    }

    /** Whether the exception is an instance of the builtin exception type or class named {@code typeName} (or a subclass). */
    public boolean isInstance(String typeName) {
        for (dev.weft.runtime.core.PyType t : exception.type().mro()) {
            if (t.name().equals(typeName) || qualified(t).equals(typeName)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String getMessage() {
        return pythonMessage.isEmpty() ? pythonType : pythonType + ": " + pythonMessage;
    }

    private static String typeName(PyBaseException e) {
        return qualified(e.type());
    }

    private static String qualified(dev.weft.runtime.core.PyType t) {
        String mod = dev.weft.runtime.core.ObjectMethods.moduleName(t);
        return mod == null || mod.equals("builtins") || mod.equals("__main__") ? t.qualname() : mod + "." + t.qualname();
    }

    private static String safeStr(PyBaseException e) {
        try {
            return dev.weft.runtime.ops.Ops.strString(e);
        } catch (RuntimeException again) {
            return "<exception str() failed>";
        }
    }

    private static String safeTraceback(PyBaseException e) {
        try {
            return TracebackPrinter.format(e);
        } catch (RuntimeException again) {
            return TracebackPrinter.lastLine(e) + "\n";
        }
    }
}
