package org.softkg.nlp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.WhitespaceTokenizer;
import opennlp.tools.util.Span;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * Splits raw text into sentences and tokens with the OpenNLP English models, keeping the character
 * offsets of every token in the original text. Works on blocks (paragraphs, headings, list items):
 * a sentence never spans two blocks. One instance per thread.
 */
public final class TextSegmenter {

    /** Most words remembered with their split (then forgotten all at once, so memory stays bounded). */
    static final int MEMO_LIMIT = 50_000;

    private final SentenceDetectorME sentences = new SentenceDetectorME(SharedModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(SharedModels.tokens());
    /** Per word (white-space delimited), the token offsets {@link TokenizerME} gives it: start, end, start, ... */
    private final Map<String, int[]> splits = new HashMap<>();

    /**
     * The sentences of {@code text}.
     *
     * @param original the original text: token texts and sentence texts are its substrings
     * @param visible  the same text with everything that is not prose (markup, code) replaced by
     *                 spaces, same length as {@code original}
     * @param blocks   {@code [start, end)} ranges of blocks in order
     * @param first    index of the first sentence returned
     */
    public List<Sentence> segment(String original, String visible, List<int[]> blocks, int first) {
        if (original.length() != visible.length()) {
            throw new IllegalArgumentException("visible text must have the length of the original");
        }
        List<Sentence> out = new ArrayList<>();
        for (int[] block : blocks) {
            String part = visible.substring(block[0], block[1]).replace('\n', ' ').replace('\r', ' ').replace('\t', ' ');
            if (part.isBlank()) {
                continue;
            }
            for (Span s : sentences.sentPosDetect(part)) {
                String sentence = part.substring(s.getStart(), s.getEnd());
                List<Token> tokens = new ArrayList<>();
                int[] offsets = WordSplits.cutFinalPeriod(sentence, tokenOffsets(sentence));
                for (int k = 0; k < offsets.length; k += 2) {
                    int start = block[0] + s.getStart() + offsets[k];
                    int end = block[0] + s.getStart() + offsets[k + 1];
                    String text = original.substring(start, end);
                    if (!text.isBlank()) {
                        tokens.add(new Token(text, Token.OUTSIDE, null, null, start, end));
                    }
                }
                if (!tokens.isEmpty()) {
                    int from = tokens.get(0).start();
                    int to = tokens.get(tokens.size() - 1).end();
                    out.add(new Sentence(first + out.size(), tokens, original.substring(from, to)));
                }
            }
        }
        return out;
    }

    /**
     * The tokens of one sentence (start, end, start, ...): {@code TokenizerME.tokenizePos}'s, with the cuts
     * inside a word that {@link WordSplits} undoes joined again. {@code TokenizerME} splits the sentence at
     * white space and then decides each word's splits from the word alone (its context generator sees only
     * the word), so a word's splits are remembered.
     */
    int[] tokenOffsets(String sentence) {
        Span[] words = WhitespaceTokenizer.INSTANCE.tokenizePos(sentence);
        int[] out = new int[words.length * 2];
        int n = 0;
        for (Span w : words) {
            int[] split = w.length() < 2 ? null : split(sentence.substring(w.getStart(), w.getEnd()));
            if (split == null) {
                out = grow(out, n + 2);
                out[n++] = w.getStart();
                out[n++] = w.getEnd();
                continue;
            }
            out = grow(out, n + split.length);
            for (int k = 0; k < split.length; k++) {
                out[n++] = w.getStart() + split[k];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private int[] split(String word) {
        int[] known = splits.get(word);
        if (known == null) {
            Span[] parts = tokenizer.tokenizePos(word);
            known = new int[parts.length * 2];
            for (int k = 0; k < parts.length; k++) {
                known[2 * k] = parts[k].getStart();
                known[2 * k + 1] = parts[k].getEnd();
            }
            known = WordSplits.keepEdges(word, known);
            if (splits.size() >= MEMO_LIMIT) {
                splits.clear();
            }
            splits.put(word, known);
        }
        return known;
    }

    private static int[] grow(int[] a, int size) {
        return size <= a.length ? a : Arrays.copyOf(a, Math.max(size, a.length * 2));
    }

    /** Blocks of plain text: runs of lines between blank lines. */
    public static List<int[]> paragraphs(String text) {
        List<int[]> blocks = new ArrayList<>();
        int start = -1;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int nl = text.indexOf('\n', lineStart);
            int lineEnd = nl < 0 ? text.length() : nl;
            boolean blank = text.substring(lineStart, lineEnd).isBlank();
            if (blank && start >= 0) {
                blocks.add(new int[] {start, lineStart});
                start = -1;
            } else if (!blank && start < 0) {
                start = lineStart;
            }
            if (nl < 0) {
                break;
            }
            lineStart = nl + 1;
        }
        if (start >= 0) {
            blocks.add(new int[] {start, text.length()});
        }
        return blocks;
    }
}
