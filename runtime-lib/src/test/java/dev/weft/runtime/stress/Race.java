package dev.weft.runtime.stress;

import dev.weft.runtime.exc.PyException;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import static org.junit.jupiter.api.Assertions.fail;

/**
 * Runs racing workers with a deadline. Fails with a dump of all threads if they do not
 * finish in time (a deadlock or hang), and with the first unexpected throwable otherwise:
 * a Python exception is acceptable only if {@code allowed} accepts it; any Java exception fails.
 */
public final class Race {
    private Race() { }

    public interface Worker {
        void run(int id) throws Exception;
    }

    public static void run(int threads, long timeoutSeconds, Predicate<PyException> allowed, Worker worker) {
        CountDownLatch start = new CountDownLatch(1);
        CountDownLatch done = new CountDownLatch(threads);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> ts = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            final int id = t;
            Thread th = new Thread(() -> {
                try {
                    start.await();
                    worker.run(id);
                } catch (PyException e) {
                    if (!allowed.test(e)) {
                        failures.add(e);
                    }
                } catch (Throwable e) {
                    failures.add(e);
                } finally {
                    done.countDown();
                }
            }, "race-" + t);
            th.setDaemon(true);
            ts.add(th);
            th.start();
        }
        start.countDown();
        try {
            if (!done.await(timeoutSeconds, TimeUnit.SECONDS)) {
                fail("workers did not finish in " + timeoutSeconds + "s (deadlock or hang?)\n" + threadDump());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail("interrupted");
        }
        Throwable first = failures.peek();
        if (first != null) {
            AssertionError err = new AssertionError("unexpected exception in a worker: " + first, first);
            throw err;
        }
    }

    static String threadDump() {
        StringBuilder sb = new StringBuilder();
        for (ThreadInfo ti : ManagementFactory.getThreadMXBean().dumpAllThreads(true, true)) {
            sb.append(ti.toString());
            for (StackTraceElement e : ti.getStackTrace()) {
                sb.append("\tat ").append(e).append('\n');
            }
        }
        return sb.toString();
    }
}
