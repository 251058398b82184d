package org.softkg.model;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The entity types: the 12 WikiSER types plus Person and Organization.
 * {@link #tagName()} is the name used in BIO tags, {@link #className()} the local name of the OWL class.
 */
public enum EntityType {
    ALGORITHM("Algorithm", "Algorithm"),
    APPLICATION("Application", "Application"),
    ARCHITECTURE("Architecture", "Architecture"),
    DATA_STRUCTURE("Data_Structure", "DataStructure"),
    DEVICE("Device", "Device"),
    ERROR_NAME("Error_Name", "ErrorName"),
    GENERAL_CONCEPT("General_Concept", "GeneralConcept"),
    LANGUAGE("Language", "ProgrammingLanguage"),
    LIBRARY("Library", "Library"),
    LICENSE("License", "License"),
    OPERATING_SYSTEM("Operating_System", "OperatingSystem"),
    PROTOCOL("Protocol", "Protocol"),
    PERSON("Person", "Person"),
    ORGANIZATION("Organization", "Organization");

    private final String tagName;
    private final String className;

    EntityType(String tagName, String className) {
        this.tagName = tagName;
        this.className = className;
    }

    /** The name used in tags and in {@link Mention#type()}, e.g. {@code Operating_System}. */
    public String tagName() {
        return tagName;
    }

    /** Local name of the OWL class in the softkg ontology, e.g. {@code OperatingSystem}. */
    public String className() {
        return className;
    }

    /** True for the 12 types that appear in WikiSER tags. */
    public boolean isWikiSer() {
        return this != PERSON && this != ORGANIZATION;
    }

    /** The type with this tag name (case-insensitive, '-' or ' ' taken as '_'). */
    public static Optional<EntityType> fromTagName(String name) {
        String n = name.trim().replace('-', '_').replace(' ', '_').toLowerCase(Locale.ROOT);
        for (EntityType t : values()) {
            if (t.tagName.toLowerCase(Locale.ROOT).equals(n)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    /** All tag names, in declaration order. */
    public static List<String> names() {
        return java.util.Arrays.stream(values()).map(EntityType::tagName).toList();
    }
}
