package dev.weft.frontend.tokenize;

import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.frontend.parser.PythonParser;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Token streams in the text format of frontend/tools/token_dump.py, so they compare line by
 * line with CPython's. As a program: {@code TokenDump FILE...} or {@code TokenDump --list LISTFILE}
 * dumps each file (used by scripts/tokenize_stdlib_diff.sh).
 */
public final class TokenDump {
    private TokenDump() {}

    /** Decodes and tokenizes {@code data} (trivia included); the lines, or the error line. */
    static List<String> dump(byte[] data, String filename) {
        List<String> out = new ArrayList<>();
        try {
            SourceText src = SourceReader.read(data, filename);
            Tokenizer tokenizer = new Tokenizer(src).keepTrivia(true);
            while (true) {
                PyToken t = tokenizer.nextToken();
                if (t.getType() == PythonParser.EOF) {
                    break;
                }
                out.add(tokenLine(t));
            }
        } catch (PythonSyntaxError e) {
            out.clear();
            out.add(errorLine(e));
        }
        return out;
    }

    static String tokenLine(PyToken t) {
        int type = t.getType();
        String name = TokenNames.isKeyword(type) ? "NAME" : TokenNames.name(type);
        return name + "\t" + t.startLine() + "\t" + t.startCol() + "\t" + t.startByteCol() + "\t" + t.endLine()
                + "\t" + t.endCol() + "\t" + t.endByteCol() + "\t" + escape(t.getText());
    }

    static String errorLine(PythonSyntaxError e) {
        return "ERROR\t" + e.type + "\t" + escape(e.msg) + "\t" + e.lineno + "\t" + e.offset + "\t" + e.endLineno
                + "\t" + e.endOffset + "\t" + (e.text == null ? "-" : escape(e.text));
    }

    static String escape(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\': sb.append("\\\\"); break;
                case '\n': sb.append("\\n"); break;
                case '\t': sb.append("\\t"); break;
                case '\r': sb.append("\\r"); break;
                default:
                    if (c < 0x20 || c == 0x7f) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
            }
        }
        return sb.toString();
    }

    public static void main(String[] args) throws IOException {
        List<String> paths = new ArrayList<>();
        if (args.length == 2 && args[0].equals("--list")) {
            for (String p : Files.readAllLines(Path.of(args[1]))) {
                if (!p.isBlank()) {
                    paths.add(p.strip());
                }
            }
        } else {
            paths.addAll(List.of(args));
        }
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), 1 << 16);
        for (String p : paths) {
            w.write("FILE " + p + "\n");
            for (String line : dump(Files.readAllBytes(Path.of(p)), p)) {
                w.write(line);
                w.write('\n');
            }
        }
        w.flush();
    }
}
