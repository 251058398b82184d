package org.softkg.mention;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Repair 10b: an untyped name that is on the list of known organisations becomes an Organization. The list
 * ({@value #RESOURCE}) holds the names that this pipeline types Organization by their role or shape
 * ({@link AgentTyper}) in the WikiSER-small development sentences outside the gold set; eval/tools/organizations.py
 * rebuilds it (README, "People and organisations in the text"); {@value #COMPANIES} adds well-known companies and
 * institutions written by hand (thirty-first session). A company named once, in a sentence that gives it no role ("a
 * near-partnership with Zeta , which ..."), so gets the type the corpus gives it where a sentence says so. Only
 * untyped names change: a tag's type or a type the sentence gave stays, and a nationality adjective is never
 * listed. The system property {@value #DISABLE_PROPERTY}{@code =false} switches the repair off, so that the list
 * can be rebuilt without feeding on itself.
 */
public final class KnownOrganizations implements Repair {

    /** Classpath resource of the shipped list: one name per line, "#" lines are comments. */
    static final String RESOURCE = "/org/softkg/mention/organizations.txt";
    /** Classpath resource of well-known companies and institutions, written by hand (same format). */
    static final String COMPANIES = "/org/softkg/mention/companies.txt";
    /** System property that switches the repair off when "false". */
    static final String DISABLE_PROPERTY = "softkg.knownOrganizations";

    private static final class Shipped {
        static final Set<String> NAMES = load();
    }

    private final Set<String> names;

    /** The repair with the shipped list (none when {@value #DISABLE_PROPERTY} is "false"). */
    public KnownOrganizations() {
        this("false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY)) ? Set.of() : Shipped.NAMES);
    }

    /** The names of the shipped list. */
    static Set<String> shippedNames() {
        return Shipped.NAMES;
    }

    /** The repair with the given names (exact text, letter case included). */
    public KnownOrganizations(Set<String> names) {
        Set<String> kept = new HashSet<>(names);
        kept.removeAll(ClosedClass.NATIONALITY_ADJECTIVES);
        this.names = Set.copyOf(kept);
    }

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (names.isEmpty()) {
            return mentions;
        }
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            if (Mention.UNTYPED.equals(m.type()) && names.contains(m.text())) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, m.withType(EntityType.ORGANIZATION.tagName()));
            }
        }
        return out == null ? mentions : out;
    }

    private static Set<String> load() {
        Set<String> out = new HashSet<>();
        load(RESOURCE, out);
        load(COMPANIES, out);
        return Set.copyOf(out);
    }

    private static void load(String resource, Set<String> out) {
        InputStream in = KnownOrganizations.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    out.add(name);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
