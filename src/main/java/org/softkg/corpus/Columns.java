package org.softkg.corpus;

import java.util.Arrays;

/**
 * The columns of one token line, found in a single pass without regular expressions.
 * A line holding a tab is split at every tab (tokens may contain spaces, as in {@code tuner(s )});
 * a line without tabs is split at runs of whitespace. Columns are stripped of surrounding whitespace.
 * One instance is reused line after line.
 */
final class Columns {

    private String line = "";
    private int count;
    private int[] starts = new int[8];
    private int[] ends = new int[8];

    /** Splits {@code text}; returns this. */
    Columns split(String text) {
        line = text;
        count = 0;
        int n = text.length();
        if (text.indexOf('\t') >= 0) {
            int start = 0;
            for (int i = 0; i <= n; i++) {
                if (i == n || text.charAt(i) == '\t') {
                    add(start, i);
                    start = i + 1;
                }
            }
        } else {
            int i = 0;
            while (i < n) {
                while (i < n && Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                int start = i;
                while (i < n && !Character.isWhitespace(text.charAt(i))) {
                    i++;
                }
                if (i > start) {
                    add(start, i);
                }
            }
        }
        return this;
    }

    private void add(int start, int end) {
        while (start < end && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
            ends = Arrays.copyOf(ends, count * 2);
        }
        starts[count] = start;
        ends[count] = end;
        count++;
    }

    /** Number of columns (empty columns between tabs count). */
    int count() {
        return count;
    }

    /** True when column {@code i} is missing or empty. */
    boolean isEmpty(int i) {
        return i >= count || starts[i] == ends[i];
    }

    /** Column {@code i}; {@code i} must be below {@link #count()}. */
    String get(int i) {
        return line.substring(starts[i], ends[i]);
    }
}
