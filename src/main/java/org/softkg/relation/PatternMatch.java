package org.softkg.relation;

import java.util.List;
import org.softkg.model.Span;

/**
 * One match of a pattern in a sentence.
 *
 * @param subjects the mentions that filled {@code {S}}
 * @param objects  the mentions that filled {@code {O}}
 * @param tokens   the tokens covered by the whole match
 */
record PatternMatch(List<Filler> subjects, List<Filler> objects, Span tokens) {
}
