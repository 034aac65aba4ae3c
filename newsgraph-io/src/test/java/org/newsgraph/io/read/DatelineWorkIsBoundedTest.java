package org.newsgraph.io.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Issue 15, found by fuzzing the text reader: a first line of "RT," and a run of blanks made the dateline pattern
 * backtrack over every way to share the blanks out (1,200 tabs: 3 s, growing with the square). Counted in characters
 * read by the pattern, never timed: the work is the same for a run of 1,000 blanks and one of 100,000.
 */
class DatelineWorkIsBoundedTest {
    /** A text that counts how often it is read. */
    private static final class CountingText implements CharSequence {
        private final String text;
        long reads;

        CountingText(String text) {
            this.text = text;
        }

        @Override
        public char charAt(int index) {
            reads++;
            return text.charAt(index);
        }

        @Override
        public int length() {
            return text.length();
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.subSequence(start, end);
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private static long readsForALineOfBlanks(int blanks) {
        CountingText line = new CountingText("RT," + "\t".repeat(blanks) + "x");
        assertThat(BodyTidier.datelineAt(line, 0, line.length())).isNull();
        return line.reads;
    }

    @Test
    void aLineOfBlanksCostsTheSameWhateverItsLength() {
        long short_ = readsForALineOfBlanks(1_000);
        long long_ = readsForALineOfBlanks(100_000);
        assertThat(long_).as("characters read: %d for 1,000 blanks, %d for 100,000", short_, long_).isEqualTo(short_);
        assertThat(short_).isLessThan(1_000_000);
    }

    @Test
    void aDatelineIsStillFoundAtTheStartOfALongLine() {
        String text = "PARIS, 15 janvier 2030 (AFP) - " + "Les dockers ont repris le travail. ".repeat(500);
        assertThat(BodyTidier.splitDateline(text)).startsWith("PARIS, 15 janvier 2030 (AFP) -\n\nLes dockers");
    }

    @Test
    void theTextReaderReadsSuchALineAsText() throws InputException {
        byte[] bytes = ("RT," + "\t".repeat(50_000) + "\nThe port reopened on Monday.").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        ReadResult r = new ArticleReader().parse("tabs.txt", "tabs", "txt", bytes);
        assertThat(r.article()).hasValueSatisfying(a -> assertThat(a.text()).contains("The port reopened on Monday."));
    }
}
