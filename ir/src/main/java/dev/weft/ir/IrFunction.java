package dev.weft.ir;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The IR of one code object: module code, a function, a lambda, a class body or a generator
 * expression. Blocks are in layout order; the first is the entry.
 */
public final class IrFunction {
    /** What kind of code object this is. */
    public enum Kind { MODULE, FUNCTION, LAMBDA, CLASS_BODY, COMPREHENSION }

    /** Signature shape, as CPython's code object records it. */
    public record Signature(List<String> positionalOnly, List<String> positional, String varargs,
                            List<String> keywordOnly, String varkw) {
        public static final Signature NONE = new Signature(List.of(), List.of(), null, List.of(), null);
    }

    private final Kind kind;
    private final String name;
    private final String qualname;
    private final int firstLine;
    private final Signature signature;
    private final List<BasicBlock> blocks = new ArrayList<>();
    private final List<Variable> variables = new ArrayList<>();
    private final List<IrFunction> children = new ArrayList<>();
    private String docstring;
    private boolean generator;
    private boolean coroutine;
    private boolean namespaceInFrame;
    private int tempCount;

    public IrFunction(Kind kind, String name, String qualname, int firstLine, Signature signature) {
        this.kind = kind;
        this.name = name;
        this.qualname = qualname;
        this.firstLine = firstLine;
        this.signature = signature;
    }

    public Kind kind() {
        return kind;
    }

    public String name() {
        return name;
    }

    public String qualname() {
        return qualname;
    }

    public int firstLine() {
        return firstLine;
    }

    public Signature signature() {
        return signature;
    }

    /** The docstring (CPython keeps it as the code object's first constant), or null. */
    public String docstring() {
        return docstring;
    }

    public void setDocstring(String docstring) {
        this.docstring = docstring;
    }

    /**
     * Whether this code's NAME variables live in a namespace passed as {@code frame[0]}: class
     * bodies, and module code compiled for {@code exec}/{@code eval} (CPython's LOAD_NAME /
     * STORE_NAME through the {@code locals} mapping).
     */
    public boolean namespaceInFrame() {
        return kind == Kind.CLASS_BODY || namespaceInFrame;
    }

    /** Makes module code keep its names in a namespace passed in the frame (see {@link #namespaceInFrame}). */
    public void setNamespaceInFrame(boolean namespaceInFrame) {
        this.namespaceInFrame = namespaceInFrame;
    }

    public boolean isGenerator() {
        return generator;
    }

    public void setGenerator(boolean generator) {
        this.generator = generator;
    }

    public boolean isCoroutine() {
        return coroutine;
    }

    public void setCoroutine(boolean coroutine) {
        this.coroutine = coroutine;
    }

    public List<BasicBlock> blocks() {
        return Collections.unmodifiableList(blocks);
    }

    public BasicBlock entry() {
        return blocks.get(0);
    }

    public BasicBlock newBlock() {
        BasicBlock b = new BasicBlock(blocks.size());
        blocks.add(b);
        return b;
    }

    /**
     * Replaces the block list (a pass that drops or reorders blocks); the entry must stay first.
     * Blocks are renumbered in their new order.
     */
    public void setBlocks(List<BasicBlock> newOrder) {
        if (newOrder.isEmpty() || newOrder.get(0) != blocks.get(0)) {
            throw new IllegalArgumentException("the entry block must stay first");
        }
        blocks.clear();
        blocks.addAll(newOrder);
        for (int i = 0; i < blocks.size(); i++) {
            blocks.get(i).renumber(i);
        }
    }

    public Temp newTemp() {
        return new Temp(tempCount++);
    }

    public int tempCount() {
        return tempCount;
    }

    public List<Variable> variables() {
        return Collections.unmodifiableList(variables);
    }

    /** Declares a variable of this function; its index counts variables of the same storage. */
    public Variable declare(String varName, Variable.Storage storage) {
        for (Variable v : variables) {
            if (v.name.equals(varName) && v.storage == storage) {
                return v;
            }
        }
        int index = 0;
        for (Variable v : variables) {
            if (v.storage == storage) {
                index++;
            }
        }
        Variable v = new Variable(varName, storage, index);
        variables.add(v);
        return v;
    }

    public List<IrFunction> children() {
        return Collections.unmodifiableList(children);
    }

    public void addChild(IrFunction child) {
        children.add(child);
    }
}
