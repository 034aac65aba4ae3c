package org.newsgraph.annotate.times;

/** An expression the grammar found: its offsets in the text, the rule that found it and what it says. */
record TimeMatch(int start, int end, int firstToken, int endToken, String rule, TimeFrame frame) {
}
