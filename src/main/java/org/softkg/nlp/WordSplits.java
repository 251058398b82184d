package org.softkg.nlp;

/**
 * Which of the tokenizer's cuts inside one white-space delimited word are kept.
 *
 * <p>OpenNLP's English UD tokenizer cuts words the way the Universal Dependencies treebank does:
 * "MS-DOS" into "MS-" "DOS", "CP/M" into "CP" "/M", "3DS" into "3" "DS", "open-source" into "open" "-"
 * "source", "MPlayer" into "M" "Player". The tagged corpora softkg learns from (WikiSER, the
 * StackOverflow corpus) keep such words whole, so the name finder, the gazetteer and the relation rules
 * expect them whole; cut, a name becomes a fragment ("MS-" or "Nintendo 3") or a label with a stray space
 * ("MS- DOS"). A word is therefore only cut at its edges:
 * <ul>
 * <li>opening brackets and quotes before it ("(GPL" gives "(" "GPL");</li>
 * <li>closing brackets, quotes and sentence punctuation after it ("FreeBSD)." gives "FreeBSD" ")" ".");</li>
 * <li>clitics after it ("Apple's", "didn't": "Apple" "'s", "did" "n't"), also where the tokenizer left
 * them on, as the tagged corpora write them;</li>
 * <li>between two lower-case letters ("cannot": "can" "not"), where the tokenizer splits English words
 * that contain no symbol, when both pieces have two letters or more: the tokenizer's cut of "npm" into
 * "n" "pm" is undone.</li>
 * </ul>
 * Every other cut inside the word is undone. Offsets only: the pieces always cover the word.
 */
final class WordSplits {

    private WordSplits() {
    }

    /**
     * The kept pieces of {@code word}, given the tokenizer's pieces as offsets into the word
     * (start, end, start, ...; consecutive pieces may have nothing between them).
     */
    static int[] keepEdges(String word, int[] pieces) {
        return cutClitic(word, cutTrailingPunctuation(word, joinInner(word, pieces)));
    }

    /** Punctuation that closes a clause or a bracket, cut off a word's end where the tokenizer left it on. */
    private static final String TRAILING = ",;:)]}?!\"\u201d";

    /**
     * Cuts clause punctuation, closing brackets and closing quotes off the end of the last piece that is not
     * closing punctuation itself, where the tokenizer left them on as it does after some words ("Lisp:", "AMD:",
     * "Ltd)", "Lisp?"); only after a letter, a digit, "+" or "#", so a word of symbols stays whole.
     */
    private static int[] cutTrailingPunctuation(String word, int[] pieces) {
        int n = pieces.length / 2;
        int last = n - 1;
        while (last > 0 && isClosing(piece(word, pieces, last))) {
            last--;
        }
        int start = pieces[2 * last];
        int end = pieces[2 * last + 1];
        int cut = end;
        while (cut - start > 1 && TRAILING.indexOf(word.charAt(cut - 1)) >= 0) {
            cut--;
        }
        if (cut == end || !endsName(word.charAt(cut - 1))) {
            return pieces;
        }
        int[] out = new int[pieces.length + 2 * (end - cut)];
        System.arraycopy(pieces, 0, out, 0, 2 * last + 1);
        out[2 * last + 1] = cut;
        int m = 2 * last + 2;
        for (int c = cut; c < end; c++) {
            out[m++] = c;
            out[m++] = c + 1;
        }
        System.arraycopy(pieces, 2 * last + 2, out, m, pieces.length - 2 * last - 2);
        return out;
    }

    /** True for the last character of a word that a name may end with. */
    private static boolean endsName(char c) {
        return Character.isLetterOrDigit(c) || c == '+' || c == '#';
    }

    /**
     * A sentence's tokens (offsets into {@code sentence}: start, end, start, ...) with a period cut off its last
     * token. The tokenizer decides from a word alone and keeps the period on some words as it would on an
     * abbreviation ("JavaScript.", "Lisp.", "MIT.", "concept."), also where the sentence detector has ended the
     * sentence there; the tagged corpora write a sentence's final period as a token of its own ("Ltd ."). A token
     * with another period inside ("U.S.", "Node.js.") keeps it: such a word is an abbreviation or the tokenizer
     * has already cut what it meant to.
     */
    static int[] cutFinalPeriod(String sentence, int[] tokens) {
        int n = tokens.length;
        while (n >= 2 && isClosing(sentence.substring(tokens[n - 2], tokens[n - 1]))) {
            n -= 2; // closing quotes and brackets after the period: "... ran on OpenVMS."
        }
        if (n < 2) {
            return tokens;
        }
        int start = tokens[n - 2];
        int end = tokens[n - 1];
        if (end - start < 2 || sentence.charAt(end - 1) != '.'
                || !Character.isLetterOrDigit(sentence.charAt(end - 2))
                || sentence.substring(start, end - 1).indexOf('.') >= 0) {
            return tokens;
        }
        int[] out = new int[tokens.length + 2];
        System.arraycopy(tokens, 0, out, 0, n - 1);
        out[n - 1] = end - 1;
        out[n] = end - 1;
        out[n + 1] = end;
        System.arraycopy(tokens, n, out, n + 2, tokens.length - n);
        return out;
    }

    /** English clitics the tagged corpora write as tokens of their own ("Apple 's", "is n't"). */
    private static final String[] CLITICS = {"'s", "\u2019s", "n't", "n\u2019t", "'re", "'ve", "'ll"};

    /**
     * Cuts a clitic off the last piece that is not closing punctuation when the tokenizer left it on
     * ("MPlayer's" gives "MPlayer" "'s", "C++'s" gives "C++" "'s"): only after a letter, a digit, "+" or "#", so
     * "'s" alone stays.
     */
    private static int[] cutClitic(String word, int[] pieces) {
        int n = pieces.length / 2;
        int last = n - 1;
        while (last > 0 && isClosing(piece(word, pieces, last))) {
            last--;
        }
        String text = piece(word, pieces, last);
        for (String clitic : CLITICS) {
            int at = text.length() - clitic.length();
            if (at > 0 && text.regionMatches(true, at, clitic, 0, clitic.length())
                    && endsName(text.charAt(at - 1))) {
                int[] out = new int[pieces.length + 2];
                System.arraycopy(pieces, 0, out, 0, 2 * last + 1);
                out[2 * last + 1] = pieces[2 * last] + at;
                out[2 * last + 2] = pieces[2 * last] + at;
                System.arraycopy(pieces, 2 * last + 1, out, 2 * last + 3, pieces.length - 2 * last - 1);
                return out;
            }
        }
        return pieces;
    }

    private static int[] joinInner(String word, int[] pieces) {
        int n = pieces.length / 2;
        if (n < 2) {
            return pieces;
        }
        int lead = 0;
        while (lead < n - 1 && isOpening(piece(word, pieces, lead))) {
            lead++;
        }
        int trail = n;
        while (trail > lead + 1 && isClosing(piece(word, pieces, trail - 1))) {
            trail--;
        }
        int[] out = new int[pieces.length];
        int m = 0;
        for (int k = 0; k < n; k++) {
            boolean join = k > lead && k < trail && m > 0
                    && !(betweenLowerCaseLetters(word, pieces[2 * k - 1], pieces[2 * k])
                    && out[m - 1] - out[m - 2] >= 2 && pieces[2 * k + 1] - pieces[2 * k] >= 2);
            if (join && pieces[2 * k] == out[m - 1]) {
                out[m - 1] = pieces[2 * k + 1];
            } else {
                out[m++] = pieces[2 * k];
                out[m++] = pieces[2 * k + 1];
            }
        }
        return m == out.length ? out : java.util.Arrays.copyOf(out, m);
    }

    private static String piece(String word, int[] pieces, int k) {
        return word.substring(pieces[2 * k], pieces[2 * k + 1]);
    }

    private static boolean betweenLowerCaseLetters(String word, int endOfLeft, int startOfRight) {
        return endOfLeft == startOfRight && endOfLeft > 0 && endOfLeft < word.length()
                && Character.isLowerCase(word.charAt(endOfLeft - 1)) && Character.isLowerCase(word.charAt(endOfLeft));
    }

    /** Opening brackets and quotes only. */
    private static boolean isOpening(String piece) {
        return !piece.isEmpty() && piece.chars().allMatch(c -> "([{<\"'`\u201c\u2018\u00ab".indexOf(c) >= 0);
    }

    /** Closing brackets, quotes, sentence punctuation, or an English clitic ("'s", "n't", "'re"). */
    private static boolean isClosing(String piece) {
        if (piece.isEmpty()) {
            return false;
        }
        if (piece.chars().allMatch(c -> ")]}>\"'`\u201d\u2019\u00bb.,;:!?\u2026%".indexOf(c) >= 0)) {
            return true;
        }
        String lower = piece.toLowerCase(java.util.Locale.ROOT).replace('\u2019', '\'');
        return lower.equals("n't") || (lower.length() >= 2 && lower.length() <= 3 && lower.charAt(0) == '\''
                && lower.substring(1).chars().allMatch(Character::isLetter));
    }
}
