package org.softkg.entity;

import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.softkg.model.Entity;

/**
 * Names one entity from the mentions resolved to it.
 * <ul>
 *   <li>label: the main subject's name from the title when the entity is the document's subject (as the
 *       text writes it when it writes it only in another case: "Quillbase" for the title "quillbase");
 *       otherwise the longest name (longest key; ties: more mentions, then the smaller key), in its
 *       singular spelling if written so ("thread" over "threads"), with an abbreviation's final period
 *       if written so ("Apple Inc." over "Apple Inc"), written as most often inside
 *       sentences (so a positional capital loses), then shortest, then first in code-point order. Versions are never part of it.</li>
 *   <li>aliases ({@code skos:altLabel}): every other distinct written form, except forms that differ
 *       from the label or a kept alias only by the case of their first letter.</li>
 *   <li>types: the majority type ({@link TypeVote}), or none when every mention is untyped.</li>
 *   <li>IRI: {@link IriMinter#mint} of the label; a licence's of its full name ({@link LicenceIdentity}: "GPL" and
 *       "GNU General Public License" are one IRI, the licence "MIT" is not the institute), which is then an alias
 *       too.</li>
 * </ul>
 */
final class EntityNaming {

    private EntityNaming() {
    }

    /** The entity of {@code forms}; {@code subjectName} is the title's name when it is the main subject, else null. */
    static Entity entity(List<MentionForm> forms, String subjectName) {
        String label = subjectName != null ? writtenAs(subjectName, forms) : label(forms);
        Set<String> types = TypeVote.majority(forms.stream().map(MentionForm::mention).toList())
                .map(Set::of).orElse(Set.of());
        String iriName = LicenceIdentity.iriName(label, types);
        Set<String> aliases = aliases(forms, label);
        if (!LabelNormalizer.key(iriName).equals(LabelNormalizer.key(label)) && !iriName.equalsIgnoreCase(label)) {
            aliases = new LinkedHashSet<>(aliases);
            aliases.add(iriName); // a licence's full name ("GNU General Public License" for "GPL") finds it too
        }
        return new Entity(IriMinter.mint(iriName), label, aliases, types);
    }

    /**
     * The title's name as the text writes it: the name itself when a mention writes it so, else the form written
     * most often that differs from it only in case (a package titled "quillbase" whose text writes "Quillbase").
     */
    private static String writtenAs(String name, List<MentionForm> forms) {
        Map<String, Long> sameButCase = forms.stream().map(MentionForm::display)
                .filter(d -> d.equalsIgnoreCase(name))
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        if (sameButCase.isEmpty() || sameButCase.containsKey(name)) {
            return name;
        }
        return sameButCase.entrySet().stream()
                .min(Comparator.<Map.Entry<String, Long>>comparingLong(e -> -e.getValue())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    private static String label(List<MentionForm> forms) {
        Map<String, List<MentionForm>> byKey = forms.stream().collect(Collectors.groupingBy(MentionForm::key));
        String key = byKey.entrySet().stream()
                .min(Comparator.<Map.Entry<String, List<MentionForm>>, Boolean>comparing(
                                e -> hasDescriptiveTail(e.getValue(), byKey.keySet()))
                        .thenComparingInt(e -> -codePoints(e.getKey()))
                        .thenComparingInt(e -> -e.getValue().size())
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
        Map<String, List<MentionForm>> byDisplay = byKey.get(key).stream()
                .collect(Collectors.groupingBy(MentionForm::display));
        return byDisplay.entrySet().stream()
                .min(Comparator.<Map.Entry<String, List<MentionForm>>, Boolean>comparing(e -> !isSingular(e.getKey()))
                        .thenComparing(e -> !e.getKey().endsWith("."))
                        .thenComparingLong(e -> -e.getValue().stream().filter(f -> !f.sentenceInitial()).count())
                        .thenComparingInt(e -> -e.getValue().size())
                        .thenComparingInt(e -> codePoints(e.getKey()))
                        .thenComparing(Map.Entry::getKey))
                .orElseThrow().getKey();
    }

    private static Set<String> aliases(List<MentionForm> forms, String label) {
        Map<String, Long> counts = forms.stream().map(MentionForm::display)
                .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
        List<String> ordered = counts.keySet().stream()
                .sorted(Comparator.<String>comparingLong(d -> -counts.get(d)).thenComparing(Comparator.naturalOrder()))
                .toList();
        Set<String> seen = new HashSet<>();
        seen.add(lowerFirst(label));
        Set<String> aliases = new LinkedHashSet<>();
        for (String d : ordered) {
            if (seen.add(lowerFirst(d))) {
                aliases.add(d);
            }
        }
        return aliases;
    }

    /**
     * True when these forms are another of the entity's names followed only by lower-case words
     * ("HAMMER file system" beside "HAMMER", "x86 architecture" beside "x86"): the name itself
     * makes the better label, the rest says what kind of thing it is.
     */
    private static boolean hasDescriptiveTail(List<MentionForm> forms, Set<String> keys) {
        String display = forms.getFirst().display();
        String key = forms.getFirst().key();
        for (String shorter : keys) {
            if (key.length() > shorter.length() && key.startsWith(shorter + " ")) {
                int words = shorter.split(" ").length;
                String[] shown = display.split(" ");
                boolean tailLower = shown.length > words;
                for (int i = words; i < shown.length && tailLower; i++) {
                    tailLower = shown[i].equals(shown[i].toLowerCase(Locale.ROOT));
                }
                if (tailLower) {
                    return true;
                }
            }
        }
        return false;
    }

    /** True when the last word is not a plural the key reads as singular ("thread", not "threads"). */
    private static boolean isSingular(String display) {
        String last = display.substring(display.lastIndexOf(' ') + 1);
        return Singularizer.singular(last).equals(last);
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toLowerCase(Locale.ROOT) + s.substring(1);
    }

    private static int codePoints(String s) {
        return s.codePointCount(0, s.length());
    }
}
