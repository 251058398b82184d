package org.softkg.ner;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import opennlp.tools.util.Span;

/**
 * Multi-token names of several types, matched as written (case-sensitive, whole tokens), indexed by their
 * first token. For each type it finds what OpenNLP's {@code DictionaryNameFinder} over a case-sensitive
 * {@code Dictionary} of that type's names finds: scanning left to right, the longest name starting at a
 * token, then on after it. It does so with one hash look-up per token and no allocation per candidate,
 * where {@code DictionaryNameFinder} builds (and interns, and lower-cases to hash) a {@code StringList}
 * for every start and length up to the longest name, once per type. Immutable and thread-safe once built.
 */
final class NameDictionary {

    /** One name: its tokens and the index of its type. */
    private record Name(String[] tokens, int type) {
    }

    private static final Name[] NONE = new Name[0];

    private final String[] types;
    /** Names by first token, longest first (then in the order they were added). */
    private final Map<String, Name[]> byFirst;

    private NameDictionary(String[] types, Map<String, Name[]> byFirst) {
        this.types = types;
        this.byFirst = byFirst;
    }

    /**
     * A dictionary of {@code names.get(t)} for each {@code types.get(t)}; a name is its tokens. The order of
     * {@code types} is the order in which {@link #find} lists the spans of each type.
     */
    static NameDictionary of(List<String> types, List<List<String[]>> names) {
        Map<String, List<Name>> index = new HashMap<>();
        for (int t = 0; t < types.size(); t++) {
            for (String[] n : names.get(t)) {
                if (n.length > 0) {
                    index.computeIfAbsent(n[0], k -> new ArrayList<>()).add(new Name(n.clone(), t));
                }
            }
        }
        Map<String, Name[]> byFirst = new HashMap<>(index.size() * 2);
        index.forEach((first, list) -> {
            list.sort((a, b) -> b.tokens.length - a.tokens.length);
            byFirst.put(first, list.toArray(NONE));
        });
        return new NameDictionary(types.toArray(new String[0]), byFirst);
    }

    /**
     * The names of each type in {@code tokens}, type by type in the order given when built; within a type,
     * in text order, the longest name at each start, not overlapping one another.
     */
    List<Span> find(String[] tokens) {
        Name[][] at = new Name[tokens.length][];
        boolean[] present = new boolean[types.length];
        boolean any = false;
        for (int i = 0; i < tokens.length; i++) {
            Name[] c = byFirst.get(tokens[i]);
            if (c != null) {
                for (Name n : c) {
                    if (matches(n.tokens, tokens, i)) {
                        if (at[i] == null) {
                            at[i] = c;
                        }
                        present[n.type] = true;
                        any = true;
                    }
                }
            }
        }
        if (!any) {
            return List.of();
        }
        List<Span> out = new ArrayList<>();
        for (int t = 0; t < types.length; t++) {
            if (!present[t]) {
                continue;
            }
            int i = 0;
            while (i < tokens.length) {
                int length = at[i] == null ? 0 : longest(at[i], t, tokens, i);
                if (length > 0) {
                    out.add(new Span(i, i + length, types[t]));
                    i += length;
                } else {
                    i++;
                }
            }
        }
        return out;
    }

    /** The length of the longest name of type {@code t} among {@code candidates} at {@code start}, or 0. */
    private static int longest(Name[] candidates, int t, String[] tokens, int start) {
        for (Name n : candidates) {
            if (n.type == t && matches(n.tokens, tokens, start)) {
                return n.tokens.length;
            }
        }
        return 0;
    }

    private static boolean matches(String[] name, String[] tokens, int start) {
        if (start + name.length > tokens.length) {
            return false;
        }
        return Arrays.equals(name, 0, name.length, tokens, start, start + name.length);
    }
}
