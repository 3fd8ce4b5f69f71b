package dev.weft.embed;

import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.ops.Attr;
import dev.weft.runtime.ops.Ops;

import java.lang.reflect.Method;

/**
 * What the generated peer classes ({@link JavaSubclasses}) call: a Java call of an overridden
 * method runs the Python attribute of the same name, found as Python finds it (so a later
 * subclass's override, or an instance attribute, wins); {@code toString()} of a class that defines
 * {@code __str__} and no {@code toString} is {@code str()}. Not for use by hand-written code.
 */
public final class PeerDispatch {
    private PeerDispatch() { }

    /**
     * Calls {@code method.getName()} on {@code self} with the Java arguments; the result is
     * converted to {@code method}'s return type (boxed; null for {@code void}). A Python
     * exception reaches the Java caller as a {@link PythonException}.
     */
    public static Object dispatch(PyObject self, Object peer, Method method, Object[] args) {
        if (self instanceof JavaSubclassInstance d) {
            // a Java superclass constructor may call an overridden method before it returns
            d.adopt(peer);
        }
        return Python.run(() -> {
            PyObject[] pyArgs = new PyObject[args.length];
            for (int i = 0; i < args.length; i++) {
                pyArgs[i] = JavaInterop.fromJava(args[i]);
            }
            PyObject attr = Attr.getAttr(self, method.getName());
            if (attr instanceof JavaCallables.BoundJavaMethod && method.getName().equals("toString")
                    && args.length == 0) {
                // the Python class defines __str__ and no toString
                return Ops.strString(self);
            }
            PyObject result = attr.call(pyArgs, null);
            Class<?> rt = method.getReturnType();
            if (rt == void.class) {
                return null;
            }
            Object v = JavaInterop.convertArgument(result, rt);
            if (v == JavaInterop.NO_CONVERSION) {
                throw Errors.typeError("%s.%s() must return %s, not %s", self.type().name(), method.getName(),
                        rt.getName(), result.type().name());
            }
            return v;
        });
    }
}
