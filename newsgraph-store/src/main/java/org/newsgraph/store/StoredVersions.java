package org.newsgraph.store;

import java.util.Map;
import java.util.StringJoiner;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.StoredField;

/**
 * The versions of what produced a stored analysis — engine, knowledge base, models — kept with it as one stored
 * field ({@code engine=0.1.0 kb=3f2a… models=9c01…}); two analyses are current alike when the strings are equal.
 */
final class StoredVersions {
    static final String FIELD = "versions";

    private StoredVersions() {
    }

    static String format(Map<String, String> versions) {
        StringJoiner j = new StringJoiner(" ");
        versions.forEach((k, v) -> j.add(k + "=" + v));
        return j.toString();
    }

    static void add(Document d, String versions) {
        if (!versions.isEmpty()) d.add(new StoredField(FIELD, versions));
    }

    static String read(Document d) {
        String v = d.get(FIELD);
        return v == null ? "" : v;
    }
}
