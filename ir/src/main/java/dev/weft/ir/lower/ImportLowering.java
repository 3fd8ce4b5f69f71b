package dev.weft.ir.lower;

import dev.weft.frontend.ast.Alias;
import dev.weft.frontend.ast.Import;
import dev.weft.frontend.ast.ImportFrom;
import dev.weft.ir.Temp;
import dev.weft.ir.instr.ImportName;
import dev.weft.ir.instr.ImportStar;
import dev.weft.ir.instr.StoreVar;

import java.util.ArrayList;
import java.util.List;

/** Lowers {@code import} and {@code from ... import} as CPython's compiler does. */
final class ImportLowering {
    private final CodeUnit u;

    ImportLowering(CodeUnit u) {
        this.u = u;
    }

    // every instruction of an import statement has the statement's position, as CPython's

    void importStmt(Import s) {
        for (Alias a : s.names) {
            u.at(s);
            Temp module = u.emit(new ImportName(u.temp(), a.name, null, 0)).result;
            if (a.asname == null) {
                // `import a.b.c` binds the top-level package `a`.
                int dot = a.name.indexOf('.');
                String bound = dot < 0 ? a.name : a.name.substring(0, dot);
                u.emit(new StoreVar(module, u.names.store(bound)));
            } else {
                // `import a.b.c as d` binds the submodule, reached attribute by attribute.
                String[] parts = a.name.split("\\.");
                Temp value = module;
                for (int i = 1; i < parts.length; i++) {
                    value = u.emit(new dev.weft.ir.instr.ImportFrom(u.temp(), value, parts[i])).result;
                }
                u.emit(new StoreVar(value, u.names.store(a.asname)));
            }
        }
    }

    void importFrom(ImportFrom s) {
        String module = s.module == null ? "" : s.module;
        int level = s.level == null ? 0 : s.level;
        List<String> fromlist = new ArrayList<>();
        for (Alias a : s.names) {
            fromlist.add(a.name);
        }
        u.at(s);
        Temp m = u.emit(new ImportName(u.temp(), module, fromlist, level)).result;
        if (fromlist.size() == 1 && fromlist.get(0).equals("*")) {
            u.emit(new ImportStar(m));
            return;
        }
        for (Alias a : s.names) {
            u.at(s);
            Temp value = u.emit(new dev.weft.ir.instr.ImportFrom(u.temp(), m, a.name)).result;
            u.emit(new StoreVar(value, u.names.store(a.asname == null ? a.name : a.asname)));
        }
    }
}
