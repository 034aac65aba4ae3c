package org.newsgraph.io.write;

/**
 * How a format writes: {@code colour} for terminals, {@code several} when more than one analysis will follow (JSON
 * writes an array then, a single object otherwise).
 */
public record WriteOptions(boolean colour, boolean several) {
    public static final WriteOptions PLAIN = new WriteOptions(false, false);

    public WriteOptions several(boolean several) {
        return new WriteOptions(colour, several);
    }
}
