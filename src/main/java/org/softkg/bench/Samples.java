package org.softkg.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Repeated measurements of one figure (nanoseconds): median, minimum, maximum. */
public final class Samples {

    private final List<Long> values = new ArrayList<>();

    public void add(long nanos) {
        values.add(nanos);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** The values in the order they were added. */
    public List<Long> values() {
        return List.copyOf(values);
    }

    public int count() {
        return values.size();
    }

    /** The median (mean of the two middle values for an even count). */
    public double median() {
        List<Long> s = sorted();
        int n = s.size();
        if (n == 0) {
            return 0;
        }
        return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
    }

    public long min() {
        return values.isEmpty() ? 0 : Collections.min(values);
    }

    public long max() {
        return values.isEmpty() ? 0 : Collections.max(values);
    }

    /** Half the range, relative to the median (0.05 = plus or minus 5%). */
    public double spread() {
        double m = median();
        return m == 0 ? 0 : (max() - min()) / 2.0 / m;
    }

    private List<Long> sorted() {
        List<Long> s = new ArrayList<>(values);
        Collections.sort(s);
        return s;
    }
}
