package dev.weft.frontend.tokenize;

import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.frontend.parser.PythonParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times decoding + tokenizing a list of files (not a test): {@code TokenizeTiming LISTFILE [ROUNDS]}.
 * Reads all files first so only the tokenizer is measured; prints the time of each round.
 */
public final class TokenizeTiming {
    private TokenizeTiming() {}

    public static void main(String[] args) throws IOException {
        List<byte[]> files = new ArrayList<>();
        for (String p : Files.readAllLines(Path.of(args[0]))) {
            if (!p.isBlank()) {
                files.add(Files.readAllBytes(Path.of(p.strip())));
            }
        }
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 5;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            long tokens = 0;
            for (byte[] data : files) {
                try {
                    Tokenizer t = new Tokenizer(SourceReader.read(data, "x.py"));
                    while (t.nextToken().getType() != PythonParser.EOF) {
                        tokens++;
                    }
                } catch (PythonSyntaxError e) {
                    // counted as done
                }
            }
            System.out.printf("round %d: %d files, %d tokens, %.1f ms%n", r, files.size(), tokens,
                    (System.nanoTime() - start) / 1e6);
        }
    }
}
