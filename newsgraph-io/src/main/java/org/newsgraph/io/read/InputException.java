package org.newsgraph.io.read;

/** An input that cannot be read as an article; the message is one line saying what is wrong and what to do. */
public final class InputException extends Exception {
    public InputException(String message) {
        super(message);
    }
}
