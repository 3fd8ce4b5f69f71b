package dev.weft.embed;

import dev.weft.runtime.call.PyBuiltinFunction;
import dev.weft.runtime.core.PyObject;
import dev.weft.runtime.exc.Errors;
import dev.weft.runtime.imp.Importer;
import dev.weft.runtime.imp.ModuleFinder;
import dev.weft.runtime.types.PyStr;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Java packages as Python packages: {@code import java.util}, {@code from java.util import
 * ArrayList}, {@code from com.example import Greeter}. A package module's attributes are found
 * on demand (its {@code __getattr__}): a public class of that name, else a sub-package. A name
 * is a Java package if a JDK module exports it (or a package under it), or a class loader
 * registered here has a directory of that name. Compiled Python modules are found first, so a
 * Python module shadows a Java package of the same name.
 */
final class JavaPackages implements ModuleFinder {
    private final List<ClassLoader> loaders = new CopyOnWriteArrayList<>();
    private volatile Set<String> jdkPackages;

    void addClassLoader(ClassLoader loader) {
        if (loader != null && !loaders.contains(loader)) {
            loaders.add(loader);
        }
    }

    @Override
    public boolean searchesSysPath() {
        return false;
    }

    @Override
    public ModuleCode find(String fullName) {
        if (!isPackage(fullName)) {
            return classAsModule(fullName);
        }
        return new ModuleCode("<java package " + fullName + ">", true, globals -> {
            globals.setItem(PyStr.intern("__getattr__"), new PyBuiltinFunction("__getattr__", 1, 1,
                    (dev.weft.runtime.call.Fn.F1) (self, name) -> member(fullName, name)));
        });
    }

    /** {@code from java.util.Map import Entry}: a class imported as a module offers its attributes. */
    private ModuleCode classAsModule(String fullName) {
        int dot = fullName.lastIndexOf('.');
        if (dot < 0 || !isPackage(fullName.substring(0, dot))) {
            return null;
        }
        Class<?> c = load(fullName);
        if (c == null || !JavaTypes.isAccessible(c)) {
            return null;
        }
        PyObject type = JavaTypes.typeOf(c);
        return new ModuleCode("<java class " + fullName + ">", false, globals -> {
            globals.setItem(PyStr.intern("__getattr__"), new PyBuiltinFunction("__getattr__", 1, 1,
                    (dev.weft.runtime.call.Fn.F1) (self, name) -> dev.weft.runtime.ops.Attr.getAttr(type,
                            name instanceof PyStr s ? s.value() : String.valueOf(name))));
        });
    }

    private PyObject member(String pkg, PyObject nameObj) {
        String name = nameObj instanceof PyStr s ? s.value() : String.valueOf(nameObj);
        Class<?> c = load(pkg + "." + name);
        if (c != null && JavaTypes.isAccessible(c)) {
            return JavaTypes.typeOf(c);
        }
        if (isPackage(pkg + "." + name)) {
            return Importer.importModule(pkg + "." + name);
        }
        throw Errors.attributeError("module '%s' has no attribute '%s'", pkg, name);
    }

    private Class<?> load(String className) {
        for (ClassLoader l : loadersToSearch()) {
            try {
                return Class.forName(className, true, l);
            } catch (ClassNotFoundException | LinkageError e) {
                // not visible through this loader
            }
        }
        return null;
    }

    private List<ClassLoader> loadersToSearch() {
        List<ClassLoader> out = new java.util.ArrayList<>(loaders);
        out.add(JavaPackages.class.getClassLoader());
        return out;
    }

    boolean isPackage(String name) {
        if (jdkPackages().contains(name)) {
            return true;
        }
        String dir = name.replace('.', '/') + "/";
        for (ClassLoader l : loadersToSearch()) {
            if (l != null && l.getResource(dir) != null) {
                return true;
            }
        }
        return false;
    }

    /** Packages exported by the JDK's modules, with every prefix ({@code java}, {@code java.util}). */
    private Set<String> jdkPackages() {
        Set<String> s = jdkPackages;
        if (s == null) {
            s = new HashSet<>();
            for (Module m : ModuleLayer.boot().modules()) {
                for (String p : m.getPackages()) {
                    if (m.isExported(p)) {
                        for (int dot = p.indexOf('.'); dot > 0; dot = p.indexOf('.', dot + 1)) {
                            s.add(p.substring(0, dot));
                        }
                        s.add(p);
                    }
                }
            }
            jdkPackages = s;
        }
        return s;
    }
}
