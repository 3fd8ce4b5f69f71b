package dev.weft.frontend.dump;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Reads the golden files that frontend/tools/gen_dump_goldens.py writes from CPython 3.13. */
final class Goldens {
    private Goldens() {}

    static List<String> lines(String name) {
        try (InputStream in = Goldens.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing golden " + name);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> lines = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lines.add(line);
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Tab-separated columns of one golden line. */
    static String[] columns(String line) {
        return line.split("\t", -1);
    }
}
