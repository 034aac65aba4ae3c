package org.newsgraph.io.warc;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.newsgraph.io.read.TextDecoder;

/**
 * Decodes a crawled HTML page: the charset the HTTP header names, else the one a {@code <meta>} tag near the top
 * of the page declares, else UTF-8. Crawls hold every legacy encoding (windows-1251 for Russian sites, ISO-8859-1
 * for old French ones), so unlike a file given on the command line a page is never refused for its encoding:
 * undecodable bytes become U+FFFD.
 */
public final class PageCharset {
    /** Browsers look for the meta charset in the first 1024 bytes; pages in the wild put it a little later. */
    private static final int META_SCAN_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:-]{1,40})", Pattern.CASE_INSENSITIVE);

    private PageCharset() {
    }

    public static String decode(byte[] bytes, Optional<String> headerCharset) {
        Charset cs = headerCharset.flatMap(PageCharset::charset)
                .or(() -> metaCharset(bytes))
                .orElse(StandardCharsets.UTF_8);
        return TextDecoder.normalise(new String(bytes, cs));
    }

    private static Optional<Charset> metaCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, META_SCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? charset(m.group(1)) : Optional.empty();
    }

    private static Optional<Charset> charset(String name) {
        String n = name.strip().toLowerCase(Locale.ROOT);
        // WHATWG: a page labelled Latin-1 is decoded as windows-1252, its superset
        if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii")) n = "windows-1252";
        try {
            return Optional.of(Charset.forName(n));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return Optional.empty();
        }
    }
}
