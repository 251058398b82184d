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
 * institutions written by hand (thirty-first session), which also override a software tag (the tags often call a
 * company an application: "[IBM|Application]"). A company named once, in a sentence that gives it no role ("a
 * near-partnership with Zeta , which ..."), so gets the type the corpus gives it where a sentence says so. Apart
 * from those companies, only untyped names change: a tag's type or a type the sentence gave stays (a Person stays
 * a Person), and a nationality adjective is never
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
        static final Set<String> COMPANY_NAMES = load(COMPANIES);
        static final Set<String> NAMES = union(load(RESOURCE), COMPANY_NAMES);
    }

    private final Set<String> names;
    /** The hand-written companies, which also override a software tag ("[IBM|Application]"). */
    private final Set<String> companies;

    /** The repair with the shipped lists (none when {@value #DISABLE_PROPERTY} is "false"). */
    public KnownOrganizations() {
        this(enabled() ? Shipped.NAMES : Set.of(), enabled() ? Shipped.COMPANY_NAMES : Set.of());
    }

    /** False when {@value #DISABLE_PROPERTY} is "false" (the lists' own harvest). */
    private static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(DISABLE_PROPERTY));
    }

    /** The names of the shipped list. */
    static Set<String> shippedNames() {
        return Shipped.NAMES;
    }

    /** The repair with the given names (exact text, letter case included), none of which overrides a tag. */
    public KnownOrganizations(Set<String> names) {
        this(names, Set.of());
    }

    /**
     * The repair with the given names, of which {@code companies} also override a tag's software type: a name that
     * only ever names a company ("IBM", "Texas Instruments") is no program, whatever the tag says.
     */
    public KnownOrganizations(Set<String> names, Set<String> companies) {
        Set<String> kept = new HashSet<>(names);
        kept.removeAll(ClosedClass.NATIONALITY_ADJECTIVES);
        this.names = Set.copyOf(kept);
        this.companies = Set.copyOf(companies);
    }

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (names.isEmpty()) {
            return mentions;
        }
        List<Mention> out = null;
        for (int i = 0; i < mentions.size(); i++) {
            Mention m = mentions.get(i);
            boolean retypable = Mention.UNTYPED.equals(m.type())
                    || companies.contains(m.text()) && EntityType.fromTagName(m.type()).map(EntityType::isWikiSer).orElse(false);
            if (retypable && names.contains(m.text())) {
                if (out == null) {
                    out = new ArrayList<>(mentions);
                }
                out.set(i, m.withType(EntityType.ORGANIZATION.tagName()));
            }
        }
        return out == null ? mentions : out;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> out = new HashSet<>(a);
        out.addAll(b);
        return Set.copyOf(out);
    }

    private static Set<String> load(String resource) {
        InputStream in = KnownOrganizations.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing resource " + resource);
        }
        Set<String> out = new HashSet<>();
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
        return Set.copyOf(out);
    }
}
