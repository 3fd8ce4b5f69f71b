package dev.weft.runtime.io;

import dev.weft.runtime.ops.Ops;
import dev.weft.runtime.types.PyBytes;
import dev.weft.runtime.types.PyStr;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** StringIO and BytesIO shared by threads: no write is lost or torn (every method holds the object's lock). */
class InMemoryStreamThreadsTest {
    private static final int THREADS = 4;
    private static final int WRITES = 2000;

    private static void inThreads(Runnable body) throws InterruptedException {
        List<Thread> ts = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            Thread t = new Thread(body);
            ts.add(t);
            t.start();
        }
        for (Thread t : ts) {
            t.join(20_000);
        }
    }

    @Test
    void concurrentStringIOWritesKeepEveryLineWhole() throws InterruptedException {
        PyStringIO s = PyStringIO.create("");
        inThreads(() -> {
            for (int i = 0; i < WRITES; i++) {
                Ops.callMethod(s, "write", PyStr.of("line\u00e9\n"));
            }
        });
        String all = s.getvalue();
        assertEquals(THREADS * WRITES * 6, all.length());
        assertEquals(THREADS * WRITES, all.split("\n").length);
        assertEquals("", all.replace("line\u00e9\n", ""));
    }

    @Test
    void concurrentBytesIOWritesKeepEveryRecordWhole() throws InterruptedException {
        PyBytesIO b = PyBytesIO.create(null);
        inThreads(() -> {
            for (int i = 0; i < WRITES; i++) {
                Ops.callMethod(b, "write", PyBytes.of(new byte[] {'a', 'b', 'c', '\n'}));
            }
        });
        String all = new String(b.getvalue(), java.nio.charset.StandardCharsets.ISO_8859_1);
        assertEquals(THREADS * WRITES * 4, all.length());
        assertEquals("", all.replace("abc\n", ""));
    }
}
