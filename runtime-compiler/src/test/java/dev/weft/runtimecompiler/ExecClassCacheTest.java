package dev.weft.runtimecompiler;

import dev.weft.runtime.compile.ExecClassCache;
import dev.weft.runtime.compile.RuntimeCompilation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The disk cache of classes compiled by exec: a stored class is used instead of compiling, a
 * damaged or misplaced entry is compiled again, an unwritable directory only costs compile
 * time, concurrent writers leave one complete entry, and another build gets other keys. Each
 * test execs a source of its own (a nonce in it), so the in-memory cache of recent sources
 * never answers first.
 */
class ExecClassCacheTest {
    @TempDir
    Path dir;

    @AfterEach
    void noDiskCache() {
        RuntimeCompilation.useDiskCache(null);
    }

    private static String source(String value) {
        return "r = '" + value + "'  # " + UUID.randomUUID() + "\n";
    }

    /** Runs {@code exec(source, g)} in a program with the disk cache in {@code cacheDir}; returns {@code g['r']}. */
    private static String execResult(Path cacheDir, String source) {
        RuntimeCompilation.useDiskCache(cacheDir);
        return SnippetRunner.stdout("g = {}\nexec(" + pythonString(source) + ", g)\nprint(g['r'])\n").strip();
    }

    private static String pythonString(String s) {
        return "'" + s.replace("\\", "\\\\").replace("'", "\\'").replace("\n", "\\n") + "'";
    }

    private ExecClassCache cache() {
        ExecClassCache cache = ExecClassCache.forBuildsOf(dir, RuntimeCompilation.class.getClassLoader());
        assertTrue(cache != null, "the test class path has fingerprintable runtime and compiler builds");
        return cache;
    }

    private static byte[] compiled(String source, String key) {
        return new BackendCodeCompiler().compile(source, "<string>", "exec", ExecClassCache.className(key));
    }

    @Test
    void execStoresTheClassOfANewSource() throws Exception {
        String src = source("compiled");
        assertEquals("compiled", execResult(dir, src));
        byte[] stored = Files.readAllBytes(dir.resolve(cache().key("exec", "<string>", src) + ".class"));
        assertEquals(0xCAFEBABE, java.nio.ByteBuffer.wrap(stored).getInt());
    }

    @Test
    void aStoredClassIsUsedInsteadOfCompilingTheSource() throws Exception {
        String src = source("compiled");
        String key = cache().key("exec", "<string>", src);
        // The entry holds other code under the right name: its result shows it ran uncompiled.
        Files.write(dir.resolve(key + ".class"), compiled("r = 'from the cache'\n", key));
        assertEquals("from the cache", execResult(dir, src));
    }

    @Test
    void aDamagedEntryIsCompiledAgainAndReplaced() throws Exception {
        String src = source("compiled");
        String key = cache().key("exec", "<string>", src);
        Path entry = dir.resolve(key + ".class");
        Files.write(entry, "not a class".getBytes(StandardCharsets.UTF_8));
        assertEquals("compiled", execResult(dir, src));
        assertEquals(0xCAFEBABE, java.nio.ByteBuffer.wrap(Files.readAllBytes(entry)).getInt());
    }

    @Test
    void anEntryHoldingAnotherKeysClassIsCompiledAgain() throws Exception {
        String src = source("compiled");
        String key = cache().key("exec", "<string>", src);
        Files.write(dir.resolve(key + ".class"), compiled("r = 'stale'\n", cache().key("exec", "<string>", "other")));
        assertEquals("compiled", execResult(dir, src));
    }

    @Test
    void anUnwritableCacheDirectoryOnlyCostsCompileTime() throws Exception {
        Path notADirectory = Files.writeString(dir.resolve("file"), "x");
        assertEquals("compiled", execResult(notADirectory.resolve("exec"), source("compiled")));
        assertEquals("x", Files.readString(notADirectory));
    }

    @Test
    void concurrentWritersLeaveOneCompleteEntryAndReadersNeverSeeAPartialOne() throws Exception {
        ExecClassCache cache = cache();
        List<byte[]> payloads = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            byte[] b = new byte[200_000];
            java.util.Arrays.fill(b, (byte) i);
            payloads.add(b);
        }
        Set<String> badReads = ConcurrentHashMap.newKeySet();
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int t = 0; t < payloads.size(); t++) {
            byte[] mine = payloads.get(t);
            threads.add(new Thread(() -> {
                awaitQuietly(start);
                for (int n = 0; n < 20; n++) {
                    cache.write("k", mine);
                    byte[] seen = cache.read("k");
                    if (seen != null && payloads.stream().noneMatch(p -> java.util.Arrays.equals(p, seen))) {
                        badReads.add("a read of " + seen.length + " bytes matched no writer");
                    }
                }
            }));
        }
        threads.forEach(Thread::start);
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(Set.of(), badReads);
        byte[] last = cache.read("k");
        assertTrue(payloads.stream().anyMatch(p -> java.util.Arrays.equals(p, last)));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(dir.resolve("k.class")), files.toList(), "no temporary file is left behind");
        }
    }

    @Test
    void concurrentExecsOfOneSourceAllRunIt() throws Exception {
        String src = source("compiled");
        RuntimeCompilation.useDiskCache(dir);
        List<Thread> threads = new ArrayList<>();
        Set<String> results = ConcurrentHashMap.newKeySet();
        for (int t = 0; t < 4; t++) {
            threads.add(new Thread(() -> {
                dev.weft.runtime.types.PyDict g = new dev.weft.runtime.types.PyDict();
                RuntimeCompilation.compile(src, "<string>", "exec", "exec").runExec(g, g);
                results.add(dev.weft.runtime.ops.Ops.strString(g.getItem(dev.weft.runtime.types.PyStr.of("r"))));
            }));
        }
        threads.forEach(Thread::start);
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(Set.of("compiled"), results);
        assertArrayEquals(Files.readAllBytes(dir.resolve(cache().key("exec", "<string>", src) + ".class")),
                cache().read(cache().key("exec", "<string>", src)));
    }

    @Test
    void anotherBuildOfTheRuntimeOrCompilerGetsOtherKeys() {
        String a = new ExecClassCache(dir, "runtime 1|compiler 1").key("exec", "<string>", "x = 1");
        String b = new ExecClassCache(dir, "runtime 1|compiler 2").key("exec", "<string>", "x = 1");
        assertNotEquals(a, b);
        assertNotEquals(a, new ExecClassCache(dir, "runtime 1|compiler 1").key("eval", "<string>", "x = 1"));
        assertEquals(a, new ExecClassCache(dir, "runtime 1|compiler 1").key("exec", "<string>", "x = 1"));
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
