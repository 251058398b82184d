package org.softkg.graph;

import java.util.List;
import java.util.Map;

/** One fill colour per entity class, shared by the DOT and HTML exports. */
final class TypeColors {

    private static final Map<String, String> COLORS = Map.ofEntries(
            Map.entry("OperatingSystem", "#8dd3c7"),
            Map.entry("Application", "#ffffb3"),
            Map.entry("Library", "#bebada"),
            Map.entry("ProgrammingLanguage", "#fb8072"),
            Map.entry("License", "#80b1d3"),
            Map.entry("Protocol", "#fdb462"),
            Map.entry("DataStructure", "#b3de69"),
            Map.entry("Algorithm", "#fccde5"),
            Map.entry("Architecture", "#d9d9d9"),
            Map.entry("Device", "#bc80bd"),
            Map.entry("GeneralConcept", "#ccebc5"),
            Map.entry("ErrorName", "#ffed6f"),
            Map.entry("Person", "#f4a582"),
            Map.entry("Organization", "#92c5de"));

    private static final String OTHER = "#eeeeee";

    private TypeColors() {
    }

    /** The colour of the first of the types that has one. */
    static String of(List<String> types) {
        return types.stream().filter(COLORS::containsKey).map(COLORS::get).findFirst().orElse(OTHER);
    }
}
