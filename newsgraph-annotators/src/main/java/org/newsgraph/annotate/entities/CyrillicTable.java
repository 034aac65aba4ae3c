package org.newsgraph.annotate.entities;

/**
 * Cyrillic to Latin letter by letter, BGN/PCGN style for Russian (the romanisation English-language news uses:
 * Токаев → Tokayev), with the extra letters of Ukrainian, Belarusian, Kazakh and Serbian. {@code CyrillicTableTest}
 * checks the Russian letters against ICU's {@code Russian-Latin/BGN}.
 */
final class CyrillicTable {
    /** Latin for the lower-case letters U+0400–U+04FF; empty for signs and unknown letters. */
    static final String[] LOWER = build();

    private CyrillicTable() {
    }

    private static String[] build() {
        String[] t = new String[0x100];
        java.util.Arrays.fill(t, "");
        String pairs = "а a б b в v г g д d е e ё e ж zh з z и i й y к k л l м m н n о o п p р r с s т t у u ф f "
                + "х kh ц ts ч ch ш sh щ shch ы y э e ю yu я ya "
                + "є ye і i ї yi ґ g ў u ә a ғ gh қ q ң ng ө o ұ u ү u һ h "
                + "ђ dj ј j љ lj њ nj ћ c џ dz ѓ gj ќ kj ѕ dz";
        String[] p = pairs.split(" ");
        for (int i = 0; i + 1 < p.length; i += 2) {
            char c = p[i].charAt(0);
            t[c - 0x400] = p[i + 1];
            t[Character.toUpperCase(c) - 0x400] = p[i + 1];
        }
        return t;
    }

    /**
     * A readable romanisation of a Cyrillic name: the table, with "ye" for е at the start of a word or after a
     * vowel (Елена → Yelena, Токаев → Tokayev), capitals kept.
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
            char lower = Character.toLowerCase(c);
            String latin = LOWER[lower - 0x400];
            if ((lower == 'е' || lower == 'ё') && (!Character.isLetter(prev) || "аеёиоуыэюяьъ".indexOf(Character.toLowerCase(prev)) >= 0)) {
                latin = "ye";
            }
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
