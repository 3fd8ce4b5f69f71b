package dev.weft.runtime.modules;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * The end of a program, in a fresh JVM each: non-daemon threads are waited for, daemon ones
 * are not, executors finish their queued work, atexit handlers run last-registered first with
 * their exceptions printed, and the exit code follows SystemExit or an uncaught exception.
 */
class LifecycleTest {
    private record Run(int code, String out, String err) { }

    private static Run run(String mode) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                LifecycleProbe.class.getName(), mode));
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("the probe did not exit: shutdown hangs");
        }
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.exitValue(), out, err);
    }

    private static final String ATEXIT_ERROR = "Exception ignored in atexit callback <built-in function bad>:\n"
            + "RuntimeError: atexit boom\n";

    @Test
    void normalEndWaitsForThreadsAndPoolsThenRunsAtexitInReverse() throws Exception {
        Run r = run("normal");
        assertEquals(0, r.code, r.err);
        List<String> lines = r.out.lines().toList();
        assertEquals("argv ['probe.py', 'normal']", lines.get(0));
        // the threads' lines come in either order, but all before the atexit handlers run
        assertEquals(List.of("pool work done", "worker done"), lines.subList(1, 3).stream().sorted().toList());
        assertEquals(List.of("last registered", "first registered"), lines.subList(3, 5));
        assertEquals(5, lines.size(), r.out);
        assertEquals(ATEXIT_ERROR, r.err);
    }

    @Test
    void sysExitCodeBecomesTheExitStatus() throws Exception {
        Run r = run("exit3");
        assertEquals(3, r.code, r.err);
        assertTrue(r.out.contains("worker done\n"), r.out);
        assertTrue(r.out.endsWith("last registered\nfirst registered\n"), r.out);
    }

    @Test
    void sysExitWithAMessagePrintsItAndExitsWithOne() throws Exception {
        Run r = run("exitmsg");
        assertEquals(1, r.code);
        assertTrue(r.err.startsWith("goodbye\n"), r.err);
    }

    @Test
    void withTheRuntimesLauncherTheEndIsTheSame() throws Exception {
        Run r = run("launcher-raise");
        assertEquals(1, r.code);
        assertEquals("ValueError: bad\n" + ATEXIT_ERROR, r.err);
        assertTrue(r.out.startsWith("argv ['probe.py', 'launcher-raise']\n"), r.out);
        assertTrue(r.out.contains("worker done\n") && r.out.contains("pool work done\n"), r.out);
        assertTrue(r.out.endsWith("last registered\nfirst registered\n"), r.out);
        Run exit = run("launcher-exit3");
        assertEquals(3, exit.code, exit.err);
    }

    @Test
    void uncaughtExceptionIsPrintedAndExitsWithOne() throws Exception {
        Run r = run("raise");
        assertEquals(1, r.code);
        assertEquals("ValueError: bad\n" + ATEXIT_ERROR, r.err);
        assertTrue(r.out.contains("worker done\n"), r.out);
    }
}
