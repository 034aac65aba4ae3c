package org.newsgraph.io.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Turns an element tree into plain-text blocks: one block per paragraph, heading, list item or run of text between
 * blocks; whitespace collapsed, {@code <br>} kept as a line break.
 */
final class BlockTextWriter {
    /** One block of text; {@code quoted} when it sits inside a blockquote (an embedded post or a quotation). */
    record Block(String text, boolean quoted) {
    }

    private final List<Block> blocks = new ArrayList<>();
    private final StringBuilder current = new StringBuilder();
    private int quoteDepth;

    private BlockTextWriter() {
    }

    /** The text blocks of the given elements, in order. */
    static List<Block> blocks(List<Element> roots) {
        BlockTextWriter writer = new BlockTextWriter();
        for (Element root : roots) {
            writer.write(root);
            writer.flush();
        }
        return writer.blocks;
    }

    private void write(Node node) {
        if (node instanceof TextNode t) {
            appendCollapsed(t.getWholeText());
        } else if (node instanceof Element e) {
            if (e.normalName().equals("br")) {
                trimTrailingSpace();
                if (!current.isEmpty()) current.append('\n');
                return;
            }
            boolean block = BlockTags.isBlock(e);
            boolean quote = e.normalName().equals("blockquote");
            if (block) flush();
            if (quote) quoteDepth++;
            for (Node child : e.childNodes()) write(child);
            if (block) flush();
            if (quote) quoteDepth--;
        }
    }

    private void appendCollapsed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0' || c == '\u200b') {
                if (!current.isEmpty() && !endsWithSpace()) current.append(' ');
            } else {
                current.append(c);
            }
        }
    }

    private boolean endsWithSpace() {
        char last = current.charAt(current.length() - 1);
        return last == ' ' || last == '\n';
    }

    private void trimTrailingSpace() {
        while (!current.isEmpty() && current.charAt(current.length() - 1) == ' ') current.setLength(current.length() - 1);
    }

    private void flush() {
        trimTrailingSpace();
        while (!current.isEmpty() && current.charAt(current.length() - 1) == '\n') current.setLength(current.length() - 1);
        if (!current.isEmpty()) {
            String block = current.toString().strip();
            if (!block.isEmpty()) blocks.add(new Block(block, quoteDepth > 0));
        }
        current.setLength(0);
    }
}
