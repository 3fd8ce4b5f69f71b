package dev.weft.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * One program of the corpus with its expected behaviour (see programs/README.md): stdout, exit
 * status and, unless the group's goldens come from the user, normalised stderr; in a group
 * marked {@code STRICT_STDERR}, all of stderr including the source lines and position markers
 * of tracebacks.
 */
record Program(Path file, String id, List<String> args, byte[] stdin, byte[] expectedOut, int expectedExit,
               String expectedErr, boolean compareStderr, boolean strictStderr) {

    static Program load(Path file, String id) throws IOException {
        Path dir = file.getParent();
        String base = file.getFileName().toString();
        boolean userGoldens = Files.exists(dir.resolve("USER_GOLDENS"));
        List<String> args = Files.exists(dir.resolve(base + ".args"))
                ? Files.readAllLines(dir.resolve(base + ".args")) : List.of();
        byte[] stdin = Files.exists(dir.resolve(base + ".in")) ? Files.readAllBytes(dir.resolve(base + ".in")) : new byte[0];
        byte[] out = Files.readAllBytes(dir.resolve(base + ".out"));
        int exit = Files.exists(dir.resolve(base + ".exit"))
                ? Integer.parseInt(Files.readString(dir.resolve(base + ".exit")).trim()) : 0;
        String err = Files.exists(dir.resolve(base + ".err")) ? Files.readString(dir.resolve(base + ".err")) : "";
        boolean strict = Files.exists(dir.resolve("STRICT_STDERR"));
        return new Program(file, id, args, stdin, out, exit, err, !userGoldens, strict);
    }
}
