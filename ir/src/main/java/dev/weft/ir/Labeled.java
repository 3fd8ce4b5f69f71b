package dev.weft.ir;

/** An instruction attribute the printer shows as {@code key=value}. */
public record Labeled(String key, Object value) {
    @Override
    public String toString() {
        return key + "=" + value;
    }
}
