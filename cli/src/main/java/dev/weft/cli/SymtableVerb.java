package dev.weft.cli;

import dev.weft.frontend.ast.Module;
import dev.weft.frontend.dump.ModuleParser;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.frontend.symtable.CompileChecks;
import dev.weft.frontend.symtable.SymbolTable;
import dev.weft.frontend.symtable.SymbolTableFormatter;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code weft symtable FILE...}: prints the symbol table of each file in the stable text form
 * of {@link SymbolTableFormatter}, each preceded by a line {@code == FILE}; the output equals
 * that of frontend/tools/symtable_dump.py under CPython 3.13. A file the symbol table rejects
 * prints {@code error SyntaxError: MSG (LINE:COL-ENDLINE:ENDCOL)}, one that does not parse
 * {@code unparseable} and the parser's error. With {@code --compile}, each file prints {@code ok}
 * or the first compile-time error ({@link CompileChecks} after the symbol table) instead. All
 * files run in one JVM (for whole-stdlib comparisons); {@code --files-from LIST} reads more
 * paths, one a line.
 */
final class SymtableVerb implements Verb {
    static final String USAGE = "usage: weft symtable [--compile] [--files-from LIST] FILE...\n"
            + "\n"
            + "Prints the symbol table of each FILE as CPython's symtable module sees it (see\n"
            + "frontend/tools/symtable_dump.py); --compile prints instead `ok` or the first SyntaxError that\n"
            + "CPython's compile() raises after parsing (symbol table and compiler checks).\n";

    private final ModuleParser parser;

    SymtableVerb(ModuleParser parser) {
        this.parser = parser;
    }

    @Override
    public String name() {
        return "symtable";
    }

    @Override
    public String summary() {
        return "print the symbol tables of Python files as CPython's symtable module sees them";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        List<String> files = new ArrayList<>();
        boolean compileErrors = false;
        for (int i = 0; i < args.size(); i++) {
            String a = args.get(i);
            if (a.equals("--compile")) {
                compileErrors = true;
            } else if (a.equals("--files-from") && i + 1 < args.size()) {
                try {
                    for (String line : Files.readAllLines(Path.of(args.get(++i)), StandardCharsets.UTF_8)) {
                        if (!line.isEmpty()) {
                            files.add(line);
                        }
                    }
                } catch (IOException e) {
                    err.println("weft symtable: can't read " + args.get(i) + ": " + e.getMessage());
                    return 2;
                }
            } else if (a.startsWith("-")) {
                err.println("weft symtable: unknown option " + a);
                err.print(USAGE);
                return 2;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.print(USAGE);
            return 2;
        }
        PrintStream utf8 = new PrintStream(out, false, StandardCharsets.UTF_8);
        int status = 0;
        for (String file : files) {
            utf8.print("== " + file + "\n");
            status = Math.max(status, dumpOne(file, compileErrors, utf8));
        }
        utf8.flush();
        return status;
    }

    /** Prints one file's table; returns 0, or 1 when the file has a syntax error or cannot be read. */
    private int dumpOne(String file, boolean compileErrors, PrintStream out) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            out.print("unreadable " + e.getClass().getSimpleName() + "\n");
            return 1;
        }
        Module tree;
        try {
            tree = parser.parse(bytes, file);
        } catch (PythonSyntaxError e) {
            out.print("unparseable " + e.type + ": " + e.msg + " (" + e.lineno + ":" + e.offset + ")\n");
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            out.print("crash parser " + e + "\n");
            return 1;
        }
        try {
            String text = new String(bytes, StandardCharsets.UTF_8);
            SymbolTable table = SymbolTable.build(tree, file, text);
            if (compileErrors) {
                CompileChecks.check(tree, table, file, text);
                out.print("ok\n");
            } else {
                out.print(SymbolTableFormatter.format(table));
            }
            return 0;
        } catch (PythonSyntaxError e) {
            out.print(SymbolTableFormatter.formatError(e));
            return 1;
        } catch (RuntimeException | StackOverflowError e) {
            out.print("crash symtable " + e + "\n");
            return 1;
        }
    }
}
