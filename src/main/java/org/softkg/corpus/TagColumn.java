package org.softkg.corpus;

import java.util.List;

/**
 * Chooses which column of a CoNLL-style file holds the entity tags, once per file, from the lines
 * of its first sentence. Each column after the token is ranked:
 * <ol>
 *   <li>every value a valid tag of a known type ({@code O}, {@code B-Library}...);</li>
 *   <li>every value shaped like a BIO tag, whatever the type ({@code B-NP}, {@code B-Vegetable});</li>
 *   <li>anything else ({@code CTC_PRED:0}, {@code NNP}).</li>
 * </ol>
 * The best-ranked column wins; on a tie the last one, the CoNLL-2003 convention. So a CoNLL-2003 file
 * ({@code token POS chunk NER}) gives its last column, whose types are known while the chunk types are
 * not, and a SoftNER file ({@code token TAG CTC_PRED:0 pred_seg_label:O}) gives its second column.
 * When no column qualifies, the last one is taken and its first bad value is reported on its line.
 */
final class TagColumn {

    private TagColumn() {
    }

    /** The 0-based tag column for the first sentence's lines, each given as its columns. */
    static int choose(List<List<String>> lines) {
        int columns = Integer.MAX_VALUE;
        for (List<String> line : lines) {
            columns = Math.min(columns, line.size());
        }
        if (columns < 2) {
            return 1;
        }
        int best = columns - 1;
        int bestRank = rank(lines, best);
        for (int c = columns - 2; c >= 1; c--) {
            int r = rank(lines, c);
            if (r > bestRank) {
                best = c;
                bestRank = r;
            }
        }
        return best;
    }

    private static int rank(List<List<String>> lines, int column) {
        boolean allValid = true;
        for (List<String> line : lines) {
            String value = line.get(column);
            if (!EntityTags.looksLikeTag(value)) {
                return 0;
            }
            allValid &= EntityTags.isValid(value);
        }
        return allValid ? 2 : 1;
    }
}
