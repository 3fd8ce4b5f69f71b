package dev.weft.runtime.modules.signal;

import sun.misc.Signal;
import sun.misc.SignalHandler;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntConsumer;

/**
 * The JVM's side of signal handling (sun.misc.Signal, in the jdk.unsupported module every JDK
 * ships). The JVM runs handlers in a thread of its own, so Python handlers run there, not
 * in the main thread. Signals the JVM keeps for itself (SIGQUIT, SIGSEGV, ...) cannot be
 * handled: {@link #install} reports false and the handler is only called by raise_signal.
 */
final class JvmSignals {
    private JvmSignals() { }

    /** The JVM's own handlers, saved on first replacement so that SIG_DFL / default_int_handler restore them. */
    private static final Map<Integer, SignalHandler> ORIGINAL = new ConcurrentHashMap<>();

    enum Disposition { DEFAULT, IGNORE, PYTHON }

    /** Installs a disposition for {@code name} (without "SIG"); false if the JVM refuses the signal. */
    static boolean install(String name, int number, Disposition d, IntConsumer python) {
        try {
            Signal sig = new Signal(name);
            SignalHandler h = switch (d) {
                case DEFAULT -> ORIGINAL.getOrDefault(number, SignalHandler.SIG_DFL);
                case IGNORE -> SignalHandler.SIG_IGN;
                case PYTHON -> s -> python.accept(s.getNumber());
            };
            SignalHandler previous = Signal.handle(sig, h);
            ORIGINAL.putIfAbsent(number, previous);
            return true;
        } catch (IllegalArgumentException | UnsupportedOperationException e) {
            return false;
        }
    }

    /** Sends the signal to this process (its current disposition decides what happens). */
    static boolean raise(String name) {
        try {
            Signal.raise(new Signal(name));
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
