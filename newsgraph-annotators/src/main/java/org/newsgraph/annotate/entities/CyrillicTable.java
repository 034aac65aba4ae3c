package org.newsgraph.annotate.entities;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.List;
import org.newsgraph.core.lang.Lexicon;

/**
 * Cyrillic to Latin letter by letter, from the data file {@code cyrillic-latin.tsv} next to this class: BGN/PCGN
 * style for Russian (the romanisation English-language news uses: Токаев → Tokayev), with the extra letters of
 * Ukrainian, Belarusian, Kazakh and Serbian. The table is script knowledge, not one language's: Cyrillic names are
 * keyed the same in every article, whatever its language. {@code CyrillicTableTest} checks the Russian letters
 * against ICU's {@code Russian-Latin/BGN}.
 */
final class CyrillicTable {
    private static final String FILE = "cyrillic-latin.tsv";
    /** Latin for the letters U+0400–U+04FF (either case); empty for signs and unknown letters. */
    static final String[] LOWER = new String[0x100];
    /** Latin at the start of a word or after a letter that opens ("ye" for е), else null. */
    private static final String[] INITIAL = new String[0x100];
    /** Letters after which the next letter takes its initial form: vowels and signs. */
    private static final boolean[] OPENS = new boolean[0x100];

    static {
        Arrays.fill(LOWER, "");
        read();
    }

    private CyrillicTable() {
    }

    private static void read() {
        Lexicon table;
        try (InputStream in = CyrillicTable.class.getResourceAsStream(FILE)) {
            if (in == null) throw new IllegalStateException("missing resource " + FILE + " next to " + CyrillicTable.class);
            table = Lexicon.read(FILE, in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + FILE, e);
        }
        for (int row = 0; row < table.rows().size(); row++) {
            List<String> f = table.rows().get(row);
            char c = f.get(0).isEmpty() ? 0 : f.get(0).charAt(0);
            if (f.size() < 2 || f.size() > 4 || f.get(0).length() != 1 || c < 0x400 || c >= 0x500
                    || Character.isUpperCase(c) || f.size() > 3 && !f.get(3).isEmpty() && !f.get(3).equals("opens")) {
                throw new IllegalStateException(FILE + ":" + table.line(row) + ": expected a lower-case Cyrillic letter"
                        + " TAB Latin [TAB Latin at a word start or after a vowel] [TAB opens], got " + f);
            }
            for (char k : new char[] {c, Character.toUpperCase(c)}) {
                LOWER[k - 0x400] = f.get(1);
                if (f.size() > 2 && !f.get(2).isEmpty()) INITIAL[k - 0x400] = f.get(2);
                OPENS[k - 0x400] = f.size() > 3 && f.get(3).equals("opens");
            }
        }
    }

    /**
     * A readable romanisation of a Cyrillic name: the table, with a letter's initial form at the start of a word or
     * after a letter that opens (Елена → Yelena, Токаев → Tokayev), capitals kept.
     */
    static String romanise(String s) {
        StringBuilder b = new StringBuilder(s.length() + 8);
        char prev = ' ';
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x400 || c >= 0x500) {
                b.append(c);
                prev = c;
                continue;
            }
            String latin = LOWER[c - 0x400];
            String initial = INITIAL[c - 0x400];
            boolean opened = !Character.isLetter(prev) || prev >= 0x400 && prev < 0x500 && OPENS[prev - 0x400];
            if (initial != null && opened) latin = initial;
            if (!latin.isEmpty() && Character.isUpperCase(c)) {
                boolean nextUpper = i + 1 < s.length() && Character.isUpperCase(s.charAt(i + 1));
                latin = nextUpper ? latin.toUpperCase() : Character.toUpperCase(latin.charAt(0)) + latin.substring(1);
            }
            b.append(latin);
            prev = c;
        }
        return b.toString();
    }
}
