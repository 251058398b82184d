package org.softkg.cli;

import org.softkg.confidence.FactScorer;

/** Loads the shipped fact-evidence scorer for a command, its failure a {@link UserException}. */
final class FactScorers {

    private FactScorers() {
    }

    static FactScorer shipped() {
        try {
            return FactScorer.shipped();
        } catch (IllegalStateException e) {
            throw new UserException(e.getMessage());
        }
    }
}
