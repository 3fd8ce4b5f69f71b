package dev.weft.ir;

/** The IR of one Python module: its top-level code and, through it, every nested code object. */
public record IrModule(String name, String filename, IrFunction body) {
}
