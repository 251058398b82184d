package org.softkg.model;

/**
 * A half-open token range {@code [start..end)} inside one sentence, like OpenNLP's {@code Span}.
 *
 * @param start index of the first token
 * @param end   index one past the last token
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) {
            throw new IllegalArgumentException("span start " + start + " is negative");
        }
        if (end <= start) {
            throw new IllegalArgumentException("span end " + end + " is not after start " + start);
        }
    }

    /** Number of tokens covered. */
    public int length() {
        return end - start;
    }

    /** True when the two spans share at least one token. */
    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** True when this span covers every token of {@code other}. */
    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    /** True when token index {@code i} lies inside the span. */
    public boolean contains(int i) {
        return start <= i && i < end;
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }

    @Override
    public String toString() {
        return "[" + start + ".." + end + ")";
    }
}
