package dev.weft.runtime.modules.posix;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** os.pipe's pipe behaves as a POSIX pipe: EOF, EPIPE, blocking and non-blocking ends, poll events. */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class InProcessPipeTest {
    private static final int POLLIN = 1, POLLOUT = 4, POLLERR = 8, POLLHUP = 16;

    @Test
    void readReturnsEndOfFileOnlyAfterEveryWriteEndClosed() throws Exception {
        InProcessPipe.End[] p = InProcessPipe.create();
        InProcessPipe.End copy = p[1].dup();
        p[1].write(new byte[] {1, 2}, 0, 2);
        p[1].close();
        byte[] b = new byte[10];
        assertEquals(2, p[0].read(b, 0, 10, true));
        p[0].setBlocking(false);
        assertThrows(InProcessPipe.WouldBlock.class, () -> p[0].read(b, 0, 10, true), "a dup'd write end is still open");
        copy.close();
        assertEquals(-1, p[0].read(b, 0, 10, true));
    }

    @Test
    void writeFailsWithBrokenPipeOnceNoReaderIsLeft() throws Exception {
        InProcessPipe.End[] p = InProcessPipe.create();
        p[0].close();
        assertThrows(InProcessPipe.Broken.class, () -> p[1].write(new byte[] {1}, 0, 1));
        assertEquals(POLLERR, p[1].pollEvents());
    }

    @Test
    void blockingWriteLargerThanCapacityCompletesAsTheReaderDrainsInOrder() throws Exception {
        InProcessPipe.End[] p = InProcessPipe.create();
        byte[] data = new byte[InProcessPipe.CAPACITY * 3 + 17];
        for (int i = 0; i < data.length; i++) {
            data[i] = (byte) (i * 31);
        }
        CompletableFuture<Integer> w = CompletableFuture.supplyAsync(() -> {
            try {
                int n = p[1].write(data, 0, data.length);
                p[1].close();
                return n;
            } catch (Exception e) {
                throw new RuntimeException(e);
            }
        });
        byte[] got = new byte[data.length];
        int off = 0;
        int n;
        byte[] chunk = new byte[5000];
        while ((n = p[0].read(chunk, 0, chunk.length, true)) > 0) {
            System.arraycopy(chunk, 0, got, off, n);
            off += n;
        }
        assertEquals(data.length, (int) w.get());
        assertEquals(data.length, off);
        assertArrayEquals(data, got);
    }

    @Test
    void nonBlockingWriteToAFullPipeWritesWhatFitsThenWouldBlock() throws Exception {
        InProcessPipe.End[] p = InProcessPipe.create();
        p[1].setBlocking(false);
        byte[] data = new byte[InProcessPipe.CAPACITY + 100];
        assertEquals(InProcessPipe.CAPACITY, p[1].write(data, 0, data.length));
        assertEquals(0, p[1].pollEvents() & POLLOUT);
        assertThrows(InProcessPipe.WouldBlock.class, () -> p[1].write(data, 0, 1));
    }

    @Test
    void pollEventsFollowLinuxForBothEnds() throws Exception {
        InProcessPipe.End[] p = InProcessPipe.create();
        assertEquals(0, p[0].pollEvents());
        assertEquals(POLLOUT, p[1].pollEvents());
        p[1].write(new byte[] {7}, 0, 1);
        assertEquals(POLLIN, p[0].pollEvents());
        p[1].close();
        assertEquals(POLLIN | POLLHUP, p[0].pollEvents());
        p[0].read(new byte[1], 0, 1, true);
        assertEquals(POLLHUP, p[0].pollEvents());
        assertTrue(p[0].ready());
    }

    @Test
    void listenersRunOnEveryChangeUntilRemoved() throws Exception {
        InProcessPipe.End[] p = InProcessPipe.create();
        int[] calls = {0};
        Runnable r = () -> calls[0]++;
        p[0].addListener(r);
        p[1].write(new byte[] {1}, 0, 1);
        assertEquals(1, calls[0]);
        p[0].removeListener(r);
        p[1].close();
        assertEquals(1, calls[0]);
    }
}
