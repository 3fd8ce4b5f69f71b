package dev.weft.runtime.modules.thread;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Thread identities as Python sees them: {@code get_ident()} and {@code get_native_id()}. */
public final class ThreadIds {
    private ThreadIds() { }

    private static final ThreadLocal<Long> NATIVE = ThreadLocal.withInitial(ThreadIds::readNativeId);
    private static volatile Thread main;

    /** Records Python's main thread (threading's {@code Threads.setMainThread} calls this). */
    public static void setMainThread(Thread t) {
        main = t;
    }

    /** {@code _thread._get_main_thread_ident()}: the main thread's ident (the calling thread if none was set). */
    public static long mainIdent() {
        Thread m = main;
        return ident(m != null ? m : Thread.currentThread());
    }

    /** {@code threading.get_ident()}: the JVM thread id (unique for the life of the process). */
    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19+; getId() is the same number
    public static long ident(Thread t) {
        return t.getId();
    }

    public static long currentIdent() {
        return ident(Thread.currentThread());
    }

    /** {@code threading.get_native_id()}: the kernel's thread id where the platform tells it, else the JVM id. */
    public static long currentNativeId() {
        return NATIVE.get();
    }

    private static long readNativeId() {
        try {
            // Linux: /proc/thread-self -> "<pid>/task/<tid>"
            String target = Files.readSymbolicLink(Path.of("/proc/thread-self")).toString();
            return Long.parseLong(target.substring(target.lastIndexOf('/') + 1));
        } catch (IOException | RuntimeException e) {
            return currentIdent();
        }
    }
}
