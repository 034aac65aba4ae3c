package org.newsgraph.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;

/** JSON values seen the way the reference scorer (Python) sees them: its str() and its truth values. */
final class PyValues {
    private PyValues() {
    }

    /** Python's str() of a parsed JSON value: "None" for null, the text of a string, 2022 or 2022.5 for numbers. */
    static String str(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return "None";
        if (n.isTextual()) return n.asText();
        if (n.isBoolean()) return n.asBoolean() ? "True" : "False";
        if (n.isIntegralNumber()) return n.bigIntegerValue().toString();
        if (n.isNumber()) return Double.toString(n.asDouble());
        return n.toString();
    }

    /** Python truth: null, false, 0, "" and empty containers are false. */
    static boolean truthy(JsonNode n) {
        if (n == null || n.isNull() || n.isMissingNode()) return false;
        if (n.isBoolean()) return n.asBoolean();
        if (n.isNumber()) return n.asDouble() != 0;
        if (n.isTextual()) return !n.asText().isEmpty();
        return n.size() > 0;
    }
}
