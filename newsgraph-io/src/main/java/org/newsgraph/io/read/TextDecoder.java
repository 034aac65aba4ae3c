package org.newsgraph.io.read;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;

/**
 * Turns input bytes into article text, refusing what is not text: empty input, binary data, invalid UTF-8 and
 * inputs over the size limit each get a one-line reason. UTF-16 with a byte-order mark is accepted.
 */
public final class TextDecoder {
    /** Articles are at most a few hundred kilobytes; beyond this the input is not one article. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;

    private TextDecoder() {
    }

    public static String decode(byte[] bytes, String what) throws InputException {
        return decode(bytes, what, MAX_BYTES);
    }

    /** Decodes an input whose own size limit is {@code maxBytes} (a feed holds many articles). */
    public static String decode(byte[] bytes, String what, int maxBytes) throws InputException {
        if (bytes.length > maxBytes) throw tooLarge(what, bytes.length);
        if (bytes.length == 0) {
            throw new InputException(what + " is empty: give a file with the article's text");
        }
        if (bytes.length >= 2 && ((bytes[0] == (byte) 0xFE && bytes[1] == (byte) 0xFF) || (bytes[0] == (byte) 0xFF && bytes[1] == (byte) 0xFE))) {
            return normalise(new String(bytes, StandardCharsets.UTF_16));
        }
        if (looksBinary(bytes)) {
            throw new InputException(what + " looks binary, not text: give a .txt, .html, .json or .jsonl article");
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
            return normalise(chars.toString());
        } catch (MalformedInputException e) {
            throw new InputException(what + " is not valid UTF-8: convert it first, e.g. 'iconv -f WINDOWS-1252 -t UTF-8'");
        } catch (CharacterCodingException e) {
            throw new InputException(what + " cannot be decoded as UTF-8: convert it to UTF-8 first");
        }
    }

    /** The one-line error for an input of {@code size} bytes over the limit. */
    public static InputException tooLarge(String what, long size) {
        return new InputException(what + " is " + megabytes(size)
                + " MB, over the 10 MB limit for one article: split it into articles (one per file or per .jsonl line)");
    }

    /** "14.2": a size in megabytes for messages. */
    public static String megabytes(long bytes) {
        return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
    }

    /** The UTF-8 size of a text without encoding it: limits count bytes, the weight of an input, not characters. */
    public static long utf8Length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) n++;
            else if (c < 0x800) n += 2;
            else if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                n += 4;
                i++;
            } else n += 3;
        }
        return n;
    }

    /** Line endings unified and a leading byte-order mark removed, so offsets are the same on every platform. */
    public static String normalise(String s) {
        String t = s.startsWith("\uFEFF") ? s.substring(1) : s;
        if (t.indexOf('\r') >= 0) t = t.replace("\r\n", "\n").replace('\r', '\n');
        if (t.indexOf('\0') >= 0) t = t.replace('\0', ' ');
        return t;
    }

    private static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return true;
            if (b < 0x09 || (b > 0x0D && b < 0x20 && b != 0x1B)) control++;
        }
        return control > n / 20;
    }
}
