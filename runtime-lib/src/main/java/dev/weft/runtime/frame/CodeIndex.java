package dev.weft.runtime.frame;

import dev.weft.runtime.call.CodeInfo;

import java.lang.ref.WeakReference;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The code objects of each generated class, recorded as their {@link CodeInfo} constants are
 * resolved (a {@code def} runs, a module body starts), so that a frame read from the JVM stack
 * (class, method, line) finds its function's code: {@code f_code} is then the function's
 * {@code __code__}. A frame's code is the one of its function name whose first line is the
 * last at or before the frame's line.
 */
public final class CodeIndex {
    private CodeIndex() { }

    private static final ClassValue<List<CodeInfo>> BY_CLASS = new ClassValue<>() {
        @Override
        protected List<CodeInfo> computeValue(Class<?> type) {
            return new CopyOnWriteArrayList<>();
        }
    };

    /** Classes by name, for frames known by name only (stack trace elements); weak, so exec'd classes unload. */
    private static final ConcurrentHashMap<String, WeakReference<Class<?>>> CLASSES = new ConcurrentHashMap<>();

    /** Records that {@code owner}'s code defines {@code info} (called by the CodeInfo bootstrap). */
    public static void record(Class<?> owner, CodeInfo info) {
        BY_CLASS.get(owner).add(info);
        OWNERS.put(info, new WeakReference<>(owner));
        // the latest class of a name wins: a program loaded again in the same JVM (tests, a
        // module re-compiled at run time) reports its own lines, positions and code
        WeakReference<Class<?>> known = CLASSES.get(owner.getName());
        if (known == null || known.get() != owner) {
            CLASSES.put(owner.getName(), new WeakReference<>(owner));
        }
    }

    /** The class whose code defines each recorded code (weak: exec'd classes unload). */
    private static final java.util.Map<CodeInfo, WeakReference<Class<?>>> OWNERS =
            java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

    /** The generated class whose code defines {@code info}, or null if not recorded. */
    public static Class<?> ownerOf(CodeInfo info) {
        WeakReference<Class<?>> r = OWNERS.get(info);
        return r == null ? null : r.get();
    }

    /** The generated class of this name that has recorded code, or null. */
    public static Class<?> classNamed(String name) {
        WeakReference<Class<?>> r = CLASSES.get(name);
        return r == null ? null : r.get();
    }

    /** The code of function {@code name} running at {@code line} in {@code owner}, or null if unknown. */
    public static CodeInfo find(Class<?> owner, String name, int line) {
        if (owner == null) {
            return null;
        }
        CodeInfo best = null;
        for (CodeInfo c : BY_CLASS.get(owner)) {
            if (c.name.equals(name) && (c.firstLineNo <= line || line <= 0)
                    && (best == null || c.firstLineNo > best.firstLineNo)) {
                best = c;
            }
        }
        return best;
    }
}
