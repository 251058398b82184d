package org.softkg.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.softkg.model.Sentence;
import org.softkg.nlp.TextSegmenter;

/**
 * The blocks of a plain text: paragraphs (runs of lines between blank lines), except that a paragraph with list lines
 * ("- Runs on Haiku", "* Ported to FreeBSD", "• ...") is cut into one block per item (a list line and the wrapped
 * lines after it), and a paragraph of short lines that each open with a capital (release notes: "Changes in 2.0 /
 * Adds support for Kappa / Now runs on Haiku") into one block per line, so that lines without a full stop are no
 * one sentence. A list line's marker is blanked (replaced by a space, offsets kept) and
 * the line is a list item. A paragraph of hard-wrapped prose keeps its lines together: its lines are longer than
 * {@link #SHORT_LINE} or some open in lower case.
 *
 * @param visible the text with list markers blanked, same length as the original
 * @param blocks  {@code [start, end)} block ranges, in order
 * @param items   start offsets of the list item blocks
 */
record PlainLines(String visible, List<int[]> blocks, Set<Integer> items) {

    /** The most characters of a line of release notes. */
    static final int SHORT_LINE = 60;
    private static final Pattern BULLET = Pattern.compile("^\\s*([-*+\u2022\u00b7])\\s+\\S");
    /** A line of one repeated sign that underlines or separates: "=====", "-----". */
    private static final Pattern RULE = Pattern.compile("\\s*([=~*_#-])\\1{2,}\\s*");

    static PlainLines of(String text) {
        char[] out = text.toCharArray();
        List<int[]> blocks = new ArrayList<>();
        Set<Integer> items = new HashSet<>();
        for (int[] p : TextSegmenter.paragraphs(text)) {
            List<int[]> lines = lines(text, p[0], p[1]);
            boolean anyBullet = false;
            boolean shortCapitalised = lines.size() >= 2;
            for (int[] l : lines) {
                String line = text.substring(l[0], l[1]);
                boolean bullet = BULLET.matcher(line).find();
                anyBullet |= bullet;
                String stripped = line.strip();
                shortCapitalised &= stripped.length() <= SHORT_LINE
                        && (bullet || !stripped.isEmpty() && Character.isUpperCase(stripped.codePointAt(0)));
            }
            if (anyBullet) {
                addItems(text, out, lines, blocks, items);
            } else if (shortCapitalised) {
                blocks.addAll(lines);
            } else {
                blocks.add(p);
            }
        }
        return new PlainLines(new String(out), blocks, items);
    }

    /**
     * The blocks of a paragraph with list lines: each list line opens an item that runs on over the lines after it up
     * to the next list line (a wrapped item: "* GCC now supports the sanitizer, which can be enabled / using the
     * option"); the lines before the first list line are one block ("Version 2.4" over its list). A rule line
     * ("=====") is blanked and ends the block before it.
     */
    private static void addItems(String text, char[] out, List<int[]> lines, List<int[]> blocks, Set<Integer> items) {
        int start = -1;
        int end = -1;
        for (int[] l : lines) {
            String line = text.substring(l[0], l[1]);
            Matcher m = BULLET.matcher(line);
            boolean rule = RULE.matcher(line).matches();
            if (m.find() || rule) {
                if (start >= 0) {
                    blocks.add(new int[] {start, end});
                }
                start = -1;
                if (rule) {
                    for (int k = l[0]; k < l[1]; k++) {
                        out[k] = ' ';
                    }
                    continue;
                }
                out[l[0] + m.start(1)] = ' ';
                items.add(l[0]);
            }
            if (start < 0) {
                start = l[0];
            }
            end = l[1];
        }
        if (start >= 0) {
            blocks.add(new int[] {start, end});
        }
    }

    /** The kind of the block in which the character at {@code offset} lies: a list item or running text. */
    Sentence.Block blockAt(int offset) {
        int[] b = blockAt(blocks, offset);
        return b != null && items.contains(b[0]) ? Sentence.Block.ITEM : Sentence.Block.TEXT;
    }

    /** The block of {@code blocks} (in order, not overlapping) that holds {@code offset}, or null. */
    static int[] blockAt(List<int[]> blocks, int offset) {
        int lo = 0;
        int hi = blocks.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            int[] b = blocks.get(mid);
            if (offset < b[0]) {
                hi = mid - 1;
            } else if (offset >= b[1]) {
                lo = mid + 1;
            } else {
                return b;
            }
        }
        return null;
    }

    /** The non-blank lines of {@code [from, to)}, each {@code [start, end)} without its line end. */
    private static List<int[]> lines(String text, int from, int to) {
        List<int[]> lines = new ArrayList<>();
        int start = from;
        while (start < to) {
            int nl = text.indexOf('\n', start);
            int end = nl < 0 || nl > to ? to : nl;
            int contentEnd = end > start && text.charAt(end - 1) == '\r' ? end - 1 : end;
            if (!text.substring(start, contentEnd).isBlank()) {
                lines.add(new int[] {start, contentEnd});
            }
            start = end + 1;
        }
        return lines;
    }
}
