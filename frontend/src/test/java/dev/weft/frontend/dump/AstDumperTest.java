package dev.weft.frontend.dump;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.weft.frontend.ast.BinOp;
import dev.weft.frontend.ast.Constant;
import dev.weft.frontend.ast.ConstantValue;
import dev.weft.frontend.ast.ExprContext;
import dev.weft.frontend.ast.ExprStmt;
import dev.weft.frontend.ast.Module;
import dev.weft.frontend.ast.Name;
import dev.weft.frontend.ast.Node;
import dev.weft.frontend.ast.Operator;
import dev.weft.frontend.ast.Return;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class AstDumperTest {
    @TestFactory
    List<DynamicTest> dumpsCPythonTreesAsAstDumpDoes() {
        List<String> lines = Goldens.lines("trees.jsonl");
        assertTrue(lines.size() > 10);
        return lines.stream().map(line -> {
            Map<?, ?> record = (Map<?, ?>) TinyJson.parse(line);
            return DynamicTest.dynamicTest((String) record.get("name"), () -> {
                Node tree = (Node) TreeDecoder.decode(record.get("tree"));
                assertEquals(record.get("dump"), AstDumper.dump(tree));
                assertEquals(record.get("dump_attrs"), AstDumper.dump(tree, true));
            });
        }).toList();
    }

    @Test
    void omitsAbsentOptionalFieldsAndEmptyLists() {
        Module module = new Module(List.of(new Return(null).at(1, 0, 1, 6)), List.of());
        assertEquals("Module(body=[Return()])", AstDumper.dump(module));
        assertEquals("Module(body=[Return(lineno=1, col_offset=0, end_lineno=1, end_col_offset=6)])",
                AstDumper.dump(module, true));
    }

    @Test
    void keepsNoneValueOfConstantButNotItsKind() {
        Constant none = new Constant(ConstantValue.NONE, null);
        assertEquals("Constant(value=None)", AstDumper.dump(none));
        assertEquals("Constant(value='x', kind='u')", AstDumper.dump(new Constant("x", "u")));
    }

    @Test
    void dumpsOperatorsAndContextsAsEmptyCalls() {
        BinOp add = new BinOp(new Name("a", ExprContext.LOAD), Operator.ADD, new Constant(BigInteger.ONE, null));
        assertEquals("Expr(value=BinOp(left=Name(id='a', ctx=Load()), op=Add(), right=Constant(value=1)))",
                AstDumper.dump(new ExprStmt(add)));
    }
}
