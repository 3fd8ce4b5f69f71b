package dev.weft.frontend.symtable;

import dev.weft.frontend.error.PythonSyntaxError;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Development tool: prints the symbol tables of files whose CPython ASTs were written by
 * frontend/tools/ast_json.py, in the format of frontend/tools/symtable_dump.py. Arguments: a
 * manifest whose lines are {@code SOURCE.py<TAB>AST.json}.
 */
public final class JsonSymtableDump {
    private JsonSymtableDump() {}

    public static void main(String[] args) throws IOException {
        PrintStream out = new PrintStream(System.out, false, StandardCharsets.UTF_8);
        List<String> lines = Files.readAllLines(Path.of(args[0]));
        for (String line : lines) {
            String[] parts = line.split("\t");
            out.print("== " + parts[0] + "\n");
            String json = Files.readString(Path.of(parts[1]));
            if (json.startsWith("unparseable")) {
                out.print("unparseable\n");
                continue;
            }
            String source = new String(Files.readAllBytes(Path.of(parts[0])), StandardCharsets.UTF_8);
            try {
                SymbolTable table = SymbolTable.build(AstJsonReader.read(json), parts[0], source);
                out.print(SymbolTableFormatter.format(table));
            } catch (PythonSyntaxError e) {
                out.print(SymbolTableFormatter.formatError(e));
            } catch (RuntimeException e) {
                out.print("crash " + e + "\n");
            }
        }
        out.flush();
    }
}
