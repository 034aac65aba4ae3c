package org.newsgraph.cli;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Distinct, safe file names for the analyses of a batch written with {@code --out}: an id becomes its file name
 * with path separators and control characters replaced; a name already given in this batch (ids {@code a/b},
 * {@code a_b} and {@code a:b}, or ids differing only in case, which some file systems confuse) gets {@code -2},
 * {@code -3}… so no analysis overwrites another; a name is at most {@value #MAX_NAME_BYTES} bytes of UTF-8
 * (file systems count bytes: 255), a long id being cut on a character boundary and followed by a hash of the whole
 * id, so ids that share a long beginning stay apart. Remembers one short name per article of the batch.
 */
final class OutputNames {
    /** Leaves room within 255 bytes for "-NNN", ".explain.json" and the temporary suffix of an atomic write. */
    static final int MAX_NAME_BYTES = 200;
    private static final int HASH_CHARS = 12;
    /** Compiled once: {@code String.replaceAll} compiled it again for every article of a batch. */
    private static final java.util.regex.Pattern UNSAFE = java.util.regex.Pattern.compile("[/\\\\:*?\"<>|\\p{Cntrl}\\p{Zl}\\p{Zp}]");

    private final Set<String> used = new HashSet<>();

    /** The file name (without extension) for this id, distinct from every name given before. */
    synchronized String next(String id) {
        String base = safe(id);
        String candidate = base;
        for (int n = 2; !used.add(candidate.toLowerCase(Locale.ROOT)); n++) candidate = base + "-" + n;
        return candidate;
    }

    /** An id made safe as a file name, at most {@value #MAX_NAME_BYTES} bytes. */
    static String safe(String id) {
        String s = UNSAFE.matcher(id).replaceAll("_");
        if (s.isBlank() || s.startsWith(".")) s = "_" + s;
        if (s.getBytes(StandardCharsets.UTF_8).length <= MAX_NAME_BYTES) return s;
        String hash = Integer.toUnsignedString(id.hashCode(), 36) + Integer.toUnsignedString(
                java.util.Arrays.hashCode(id.getBytes(StandardCharsets.UTF_8)), 36);
        hash = hash.length() > HASH_CHARS ? hash.substring(0, HASH_CHARS) : hash;
        return prefixOfBytes(s, MAX_NAME_BYTES - hash.length() - 1) + "~" + hash;
    }

    /** The longest start of {@code s} within {@code bytes} bytes of UTF-8, never splitting a character. */
    static String prefixOfBytes(String s, int bytes) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            int len = cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
            if (used + len > bytes) break;
            used += len;
            i += Character.charCount(cp);
        }
        return s.substring(0, i);
    }
}
