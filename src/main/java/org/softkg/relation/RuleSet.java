package org.softkg.relation;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.softkg.corpus.InputFormatException;

/**
 * An ordered set of relation rules with unique ids. Load the default rules packaged with softkg,
 * a user's file, or the default rules extended by a user's file ({@link #plus}).
 */
public final class RuleSet {

    /** Classpath resource of the default rules (ontology/relations.rules in the source tree). */
    public static final String DEFAULT_RESOURCE = "/org/softkg/ontology/relations.rules";

    private final List<Rule> rules;
    private final RuleIndex index;

    private RuleSet(List<Rule> rules) {
        this.rules = List.copyOf(rules);
        this.index = new RuleIndex(this.rules);
    }

    /** A rule set of these rules; ids must be unique. */
    public static RuleSet of(List<Rule> rules) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            if (byId.put(r.id(), r) != null) {
                throw new IllegalArgumentException("duplicate rule id " + r.id());
            }
        }
        return new RuleSet(rules);
    }

    /**
     * Reads a rule file; fails with {@code FILE:LINE: problem} ({@link InputFormatException}) on any error,
     * including a relation not in {@code knownRelations}.
     */
    public static RuleSet load(Path file, Set<String> knownRelations) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputFormatException(file.toString(), 0, "cannot read rule file: " + e.getMessage());
        }
        return parse(file.toString(), lines, knownRelations);
    }

    /** Reads the default rules from the classpath. */
    public static RuleSet loadDefault(Set<String> knownRelations) {
        try (InputStream in = RuleSet.class.getResourceAsStream(DEFAULT_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("default rules " + DEFAULT_RESOURCE + " missing from the classpath");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return parse(DEFAULT_RESOURCE, text.lines().toList(), knownRelations);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + DEFAULT_RESOURCE, e);
        }
    }

    /** The default rules followed by those of a user's file, whose rules replace default rules of the same id. */
    public static RuleSet loadDefaultPlus(Path userFile, Set<String> knownRelations) {
        return loadDefault(knownRelations).plus(load(userFile, knownRelations));
    }

    /** Parses rule text; {@code file} names it in error messages. */
    public static RuleSet parse(String file, List<String> lines, Set<String> knownRelations) {
        return new RuleSet(new RuleParser(file, knownRelations).parse(lines));
    }

    /** This set followed by {@code other}; a rule of {@code other} replaces a rule of this set with the same id, in place. */
    public RuleSet plus(RuleSet other) {
        Map<String, Rule> byId = new LinkedHashMap<>();
        for (Rule r : rules) {
            byId.put(r.id(), r);
        }
        for (Rule r : other.rules) {
            byId.put(r.id(), r);
        }
        return new RuleSet(List.copyOf(byId.values()));
    }

    public List<Rule> rules() {
        return rules;
    }

    /**
     * The rules that may match a reading of these lower-case words and lemmas (each of their required words or
     * lemmas is there), in this set's order.
     */
    List<Rule> candidates(Set<String> words, Set<String> lemmas) {
        return index.candidates(words, lemmas);
    }

    public int size() {
        return rules.size();
    }
}
