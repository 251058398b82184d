package org.softkg.nlp;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.util.Span;
import org.softkg.model.Sentence;
import org.softkg.model.Token;

/**
 * Splits raw text into sentences and tokens with the OpenNLP English models, keeping the character
 * offsets of every token in the original text. Works on blocks (paragraphs, headings, list items):
 * a sentence never spans two blocks. One instance per thread.
 */
public final class TextSegmenter {

    private final SentenceDetectorME sentences = new SentenceDetectorME(SharedModels.sentences());
    private final TokenizerME tokenizer = new TokenizerME(SharedModels.tokens());

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
                for (Span t : tokenizer.tokenizePos(sentence)) {
                    int start = block[0] + s.getStart() + t.getStart();
                    int end = block[0] + s.getStart() + t.getEnd();
                    String text = original.substring(start, end);
                    if (!text.isBlank()) {
                        tokens.add(new Token(text, Token.OUTSIDE, null, null, start, end));
                    }
                }
                tokens = joinHyphens(tokens, original);
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
     * Joins words written with a hyphen and no spaces ("open-source", "Unix-like", "x86-64"), which the
     * UD tokenizer splits but software corpora (and the name finder's training data) keep whole.
     */
    static List<Token> joinHyphens(List<Token> tokens, String original) {
        List<Token> out = new ArrayList<>(tokens.size());
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            int j = i;
            while (j + 2 < tokens.size() && tokens.get(j + 1).text().equals("-")
                    && tokens.get(j + 1).start() == tokens.get(j).end()
                    && tokens.get(j + 2).start() == tokens.get(j + 1).end()
                    && Character.isLetterOrDigit(tokens.get(j).text().charAt(tokens.get(j).text().length() - 1))
                    && Character.isLetterOrDigit(tokens.get(j + 2).text().charAt(0))) {
                j += 2;
            }
            if (j > i) {
                int start = t.start();
                int end = tokens.get(j).end();
                out.add(new Token(original.substring(start, end), Token.OUTSIDE, null, null, start, end));
            } else {
                out.add(t);
            }
            i = j + 1;
        }
        return out;
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
