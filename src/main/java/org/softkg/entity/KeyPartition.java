package org.softkg.entity;

import java.util.HashMap;
import java.util.Map;

/** Disjoint sets of comparison keys (union-find): keys in one set name one entity. */
final class KeyPartition {

    private final Map<String, String> parent = new HashMap<>();

    /** The representative of the set holding {@code key} ({@code key} itself when never joined). */
    String find(String key) {
        String root = key;
        for (String p = parent.get(root); p != null; p = parent.get(root)) {
            root = p;
        }
        String k = key;
        while (!k.equals(root)) {
            String next = parent.put(k, root);
            k = next;
        }
        return root;
    }

    /** Joins the sets of {@code a} and {@code b}; the smaller key becomes the root, so the result is order-free. */
    void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        int c = ra.compareTo(rb);
        if (c < 0) {
            parent.put(rb, ra);
        } else if (c > 0) {
            parent.put(ra, rb);
        }
    }

    /** True when both keys are in one set. */
    boolean joined(String a, String b) {
        return find(a).equals(find(b));
    }
}
