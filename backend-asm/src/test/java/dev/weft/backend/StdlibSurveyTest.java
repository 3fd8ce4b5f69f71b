package dev.weft.backend;

import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.ir.lower.UnsupportedConstructError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Manual survey, skipped unless -Dstdlib.dir=DIR is given: compiles every .py file under DIR
 * (with -Dstdlib.verify=true also runs CheckClassAdapter) and prints counts and crash kinds.
 */
class StdlibSurveyTest {
    @Test
    @EnabledIfSystemProperty(named = "stdlib.dir", matches = ".+")
    void compileTree() throws Exception {
        String d = System.getProperty("stdlib.dir");
        List<Path> files;
        try (Stream<Path> s = Files.walk(Path.of(d))) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        int ok = 0, unsupported = 0, syntax = 0, crash = 0;
        TreeMap<String, Integer> crashes = new TreeMap<>();
        boolean verify = Boolean.getBoolean("stdlib.verify");
        for (Path p : files) {
            try {
                ModuleCompiler.ClassFile cf = SourceCompiler.compile(Files.readAllBytes(p), p.toString(), "m", false);
                if (verify) {
                    ProgramHarness.check(cf);
                }
                ok++;
            } catch (UnsupportedConstructError e) {
                unsupported++;
            } catch (PythonSyntaxError e) {
                syntax++;
            } catch (Throwable t) {
                crash++;
                String key = t.getClass().getSimpleName() + ": " + String.valueOf(t.getMessage()).split("\n")[0];
                key = key.length() > 150 ? key.substring(0, 150) : key;
                crashes.merge(key, 1, Integer::sum);
                if (crashes.get(key) == 1) {
                    System.out.println("CRASH " + p + " " + key);
                }
            }
        }
        System.out.println("files=" + files.size() + " ok=" + ok + " unsupported=" + unsupported + " syntax=" + syntax
                + " crash=" + crash);
        crashes.forEach((k, v) -> System.out.println(v + "  " + k));
    }
}
