package org.newsgraph.io.read;

import java.util.Optional;

/**
 * Splits a plain text into title and body: the first line is the title when a blank line follows it and it reads
 * like a headline (short, one line; not a long sentence, not a photo credit).
 */
public final class TitleSplitter {
    private static final int MAX_TITLE_CHARS = 300;
    private static final int PARAGRAPH_WORDS = 12;

    private TitleSplitter() {
    }

    /** A title (maybe empty) and the body that follows it. */
    public record Split(Optional<String> title, String body) {
    }

    /** A long line that ends a sentence is the first paragraph, not a headline (headlines rarely end with a period). */
    private static boolean isParagraph(String line) {
        return line.endsWith(".") && !line.endsWith("..") && line.split("\\s+").length > PARAGRAPH_WORDS;
    }

    public static Split split(String text) {
        String t = text.stripLeading();
        int nl = t.indexOf('\n');
        if (nl > 0 && nl <= MAX_TITLE_CHARS) {
            int next = nl + 1;
            while (next < t.length() && (t.charAt(next) == ' ' || t.charAt(next) == '\t')) next++;
            if (next < t.length() && t.charAt(next) == '\n') {
                String title = t.substring(0, nl).strip();
                String body = t.substring(next + 1).stripLeading();
                if (!title.isEmpty() && !body.isEmpty() && !isParagraph(title) && !BodyTidier.isCredit(title)) return new Split(Optional.of(title), body);
            }
        }
        return new Split(Optional.empty(), t);
    }
}
