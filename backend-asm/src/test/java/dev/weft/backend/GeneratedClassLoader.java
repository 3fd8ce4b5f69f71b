package dev.weft.backend;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** Defines generated classes on demand from their bytes (for running compiled programs in-process). */
final class GeneratedClassLoader extends ClassLoader {
    private final Map<String, byte[]> classes = new ConcurrentHashMap<>();

    GeneratedClassLoader(ClassLoader parent) {
        super(parent);
    }

    void add(ModuleCompiler.ClassFile cf) {
        classes.put(cf.internalName().replace('/', '.'), cf.bytes());
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] b = classes.get(name);
        if (b == null) {
            throw new ClassNotFoundException(name);
        }
        return defineClass(name, b, 0, b.length);
    }
}
