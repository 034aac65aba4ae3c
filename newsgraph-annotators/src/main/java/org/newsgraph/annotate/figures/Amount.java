package org.newsgraph.annotate.figures;

import java.util.Optional;
import java.util.OptionalDouble;
import org.newsgraph.core.model.Figure;

/**
 * A number as written in a sentence with what qualifies it: tokens [first, last) including an approximator or range
 * words, the tokens [numberFirst, numberLast) of the number itself, its value, the high end of a range, and whether
 * it is approximate and on which side a bound lies.
 */
record Amount(int first, int last, int numberFirst, int numberLast, double value, OptionalDouble max,
              boolean approximate, Optional<Figure.Bound> bound, boolean year) {
}
