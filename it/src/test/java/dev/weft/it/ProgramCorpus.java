package dev.weft.it;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Finds the corpus's programs: {@code group/X.py} files and {@code group/name/main.py} programs. */
final class ProgramCorpus {
    private ProgramCorpus() {}

    static List<Program> discover(Path root) throws IOException {
        List<Program> programs = new ArrayList<>();
        for (Path group : sortedChildren(root)) {
            if (!Files.isDirectory(group)) {
                continue;
            }
            for (Path entry : sortedChildren(group)) {
                String name = entry.getFileName().toString();
                if (Files.isRegularFile(entry) && name.endsWith(".py")) {
                    programs.add(Program.load(entry, group.getFileName() + "/" + name));
                } else if (Files.isDirectory(entry) && Files.isRegularFile(entry.resolve("main.py"))) {
                    programs.add(Program.load(entry.resolve("main.py"), group.getFileName() + "/" + name + "/main.py"));
                }
            }
        }
        return programs;
    }

    private static List<Path> sortedChildren(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().collect(Collectors.toList());
        }
    }
}
