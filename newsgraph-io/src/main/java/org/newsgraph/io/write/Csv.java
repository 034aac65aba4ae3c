package org.newsgraph.io.write;

import java.util.List;

/**
 * RFC 4180 records: fields separated by commas, records ended by CRLF, a field quoted (with its quotes doubled) when
 * it holds a comma, a quote, a line break or leading/trailing white space. Text is written as is (UTF-8 is the
 * caller's charset).
 */
public final class Csv {
    private Csv() {
    }

    /** One record, CRLF included. */
    public static String record(List<String> fields) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) b.append(',');
            field(b, fields.get(i));
        }
        return b.append("\r\n").toString();
    }

    private static void field(StringBuilder b, String v) {
        if (v == null) return;
        boolean quote = v.isEmpty() ? false : v.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r')
                || Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1));
        if (!quote) {
            b.append(v);
            return;
        }
        b.append('"').append(v.replace("\"", "\"\"")).append('"');
    }
}
