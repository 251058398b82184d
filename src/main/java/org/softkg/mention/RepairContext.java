package org.softkg.mention;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.softkg.model.Document;
import org.softkg.model.Mention;

/**
 * What a repair may know about the whole document: the title tokens and the names already
 * marked elsewhere, with the type most of their mentions have.
 *
 * @param titleTokens the title split into tokens (empty when the document has no title)
 * @param typeByName  for each mention text, the type most of its typed mentions have
 * @param names       the text of every mention in the document
 * @param licenceLines indexes of the sentences that open a licence section of a README ({@link LicenceLines})
 */
public record RepairContext(List<String> titleTokens, Map<String, String> typeByName, Set<String> names,
                            Set<Integer> licenceLines) {

    private static final Pattern TITLE_SEPARATOR = Pattern.compile("[\\s_]+");
    /** A Wikipedia disambiguation suffix: "Mach (kernel)". */
    private static final Pattern DISAMBIGUATION = Pattern.compile("\\s*[(][^)]*[)]\\s*$");

    public RepairContext {
        titleTokens = List.copyOf(titleTokens);
        typeByName = Map.copyOf(typeByName);
        names = Set.copyOf(names);
        licenceLines = Set.copyOf(licenceLines);
    }

    /** The context of {@code document} with its current {@code mentions}. */
    public static RepairContext of(Document document, List<Mention> mentions) {
        return new RepairContext(titleTokens(document.title()), Map.of(), Set.of(), LicenceLines.of(document.sentences()))
                .withMentions(mentions);
    }

    /**
     * This context with another document's worth of {@code mentions}: the same title and licence lines (they depend
     * on the text only), the names and their majority types of these mentions.
     */
    public RepairContext withMentions(List<Mention> mentions) {
        return new RepairContext(titleTokens, majorityTypes(mentions),
                mentions.stream().map(Mention::text).collect(Collectors.toSet()), licenceLines);
    }

    /** A context with a title and no other mention (for tests and single sentences). */
    public static RepairContext ofTitle(String title) {
        return new RepairContext(titleTokens(title), Map.of(), Set.of(), Set.of());
    }

    /** The type most typed mentions with this text have, or {@code null}. */
    public String typeOf(String name) {
        return typeByName.get(name);
    }

    /** True when {@code text} is the whole text of some mention of the document. */
    public boolean isName(String text) {
        return names.contains(text);
    }

    static List<String> titleTokens(String title) {
        if (title == null) {
            return List.of();
        }
        String t = DISAMBIGUATION.matcher(title.strip()).replaceAll("").strip();
        return t.isEmpty() ? List.of() : List.of(TITLE_SEPARATOR.split(t));
    }

    private static Map<String, String> majorityTypes(List<Mention> mentions) {
        Map<String, Map<String, Integer>> counts = new HashMap<>();
        for (Mention m : mentions) {
            if (!Mention.UNTYPED.equals(m.type())) {
                counts.computeIfAbsent(m.text(), k -> new TreeMap<>()).merge(m.type(), 1, Integer::sum);
            }
        }
        Map<String, String> out = new HashMap<>();
        counts.forEach((name, byType) -> {
            String best = null;
            for (Map.Entry<String, Integer> e : byType.entrySet()) {
                if (best == null || e.getValue() > byType.get(best)) {
                    best = e.getKey(); // ties go to the first type in name order
                }
            }
            out.put(name, best);
        });
        return out;
    }
}
