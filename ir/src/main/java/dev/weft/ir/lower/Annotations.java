package dev.weft.ir.lower;

import dev.weft.frontend.ast.AnnAssign;
import dev.weft.frontend.ast.AsyncFor;
import dev.weft.frontend.ast.AsyncWith;
import dev.weft.frontend.ast.ExceptHandler;
import dev.weft.frontend.ast.ExceptHandlerNode;
import dev.weft.frontend.ast.For;
import dev.weft.frontend.ast.If;
import dev.weft.frontend.ast.Match;
import dev.weft.frontend.ast.MatchCase;
import dev.weft.frontend.ast.Stmt;
import dev.weft.frontend.ast.Try;
import dev.weft.frontend.ast.TryStar;
import dev.weft.frontend.ast.While;
import dev.weft.frontend.ast.With;

import java.util.List;

/**
 * Whether a module or class body has variable annotations, in which case CPython creates its
 * {@code __annotations__} dict first ({@code find_ann}: compound statements are searched,
 * nested definitions are not).
 */
final class Annotations {
    private Annotations() {}

    static boolean present(List<Stmt> body) {
        for (Stmt s : body) {
            if (present(s)) {
                return true;
            }
        }
        return false;
    }

    private static boolean present(Stmt s) {
        if (s instanceof AnnAssign) {
            return true;
        }
        if (s instanceof For) {
            return present(((For) s).body) || present(((For) s).orelse);
        }
        if (s instanceof AsyncFor) {
            return present(((AsyncFor) s).body) || present(((AsyncFor) s).orelse);
        }
        if (s instanceof While) {
            return present(((While) s).body) || present(((While) s).orelse);
        }
        if (s instanceof If) {
            return present(((If) s).body) || present(((If) s).orelse);
        }
        if (s instanceof With) {
            return present(((With) s).body);
        }
        if (s instanceof AsyncWith) {
            return present(((AsyncWith) s).body);
        }
        if (s instanceof Try) {
            Try t = (Try) s;
            return present(t.body) || handlers(t.handlers) || present(t.orelse) || present(t.finalbody);
        }
        if (s instanceof TryStar) {
            TryStar t = (TryStar) s;
            return present(t.body) || handlers(t.handlers) || present(t.orelse) || present(t.finalbody);
        }
        if (s instanceof Match) {
            for (MatchCase c : ((Match) s).cases) {
                if (present(c.body)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean handlers(List<ExceptHandlerNode> handlers) {
        for (ExceptHandlerNode h : handlers) {
            if (present(((ExceptHandler) h).body)) {
                return true;
            }
        }
        return false;
    }
}
