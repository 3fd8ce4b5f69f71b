package dev.weft.cli;

import dev.weft.backend.SourceCompiler;
import dev.weft.frontend.error.PythonSyntaxError;
import dev.weft.ir.IrPrinter;
import dev.weft.ir.lower.UnsupportedConstructError;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** {@code weft ir FILE...}: prints the IR of each module as {@code IrPrinter} does. */
final class IrVerb implements Verb {
    @Override
    public String name() {
        return "ir";
    }

    @Override
    public String summary() {
        return "print the intermediate representation of Python files";
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        if (args.isEmpty()) {
            err.println("usage: weft ir FILE.py...");
            return 2;
        }
        PrintStream utf8 = new PrintStream(out, true, StandardCharsets.UTF_8);
        int status = 0;
        for (String file : args) {
            try {
                byte[] source = Files.readAllBytes(Path.of(file));
                String module = Path.of(file).getFileName().toString().replaceAll("\\.py$", "");
                utf8.print(IrPrinter.print(SourceCompiler.lower(source, file, module)));
            } catch (IOException e) {
                err.println("weft: can't open file '" + file + "': [Errno 2] No such file or directory");
                status = Math.max(status, 2);
            } catch (PythonSyntaxError e) {
                utf8.flush();
                err.print(e.format());
                status = Math.max(status, 1);
            } catch (UnsupportedConstructError e) {
                utf8.flush();
                err.println(e.pythonMessage());
                status = Math.max(status, 1);
            }
        }
        utf8.flush();
        return status;
    }
}
