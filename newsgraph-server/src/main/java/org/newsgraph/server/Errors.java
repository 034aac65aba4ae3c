package org.newsgraph.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;

/** The JSON body of every error: {@code {"status": 404, "error": "no article 'x' in the store: …"}}. */
final class Errors {
    private static final JsonFactory FACTORY = new JsonFactory();

    private Errors() {
    }

    static String json(int status, String message) {
        StringWriter w = new StringWriter();
        try (JsonGenerator g = FACTORY.createGenerator(w)) {
            g.writeStartObject();
            g.writeNumberField("status", status);
            g.writeStringField("error", message);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return w.toString();
    }
}
