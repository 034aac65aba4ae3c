package org.newsgraph.annotate.times;

/**
 * An expression the grammar found: its offsets in the text, the rule that found it, what the rule makes of two
 * times (a range, a night) and what it says.
 */
record TimeMatch(int start, int end, int firstToken, int endToken, String rule, TimePattern.Role role, TimeFrame frame) {
}
