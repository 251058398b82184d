package org.softkg.relation;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.softkg.entity.EntityResolver;
import org.softkg.mention.LicenceLines;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Runs every rule on every sentence and turns matches into facts between the matched mentions' entities.
 * Lists on both sides give one fact per pair, or, when "respectively" follows two lists of the same length,
 * one fact per position ({@link Respectively}). A fact relating an entity to itself is skipped; the same fact read twice in one sentence is kept once,
 * with the highest confidence. An untyped name that fills a slot such as {@code {O:Person?}} gives its
 * entity that type. Stateless and thread-safe.
 */
public final class RelationExtractor implements DocumentStage {

    private static final String IMPORTED_FROM = "importedFrom";

    private final RuleSet rules;

    public RelationExtractor(RuleSet rules) {
        this.rules = rules;
    }

    @Override
    public Document process(Document document) {
        List<List<Mention>> bySentence = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : document.mentions()) {
            bySentence.get(m.sentence()).add(m);
        }
        List<Fact> facts = new ArrayList<>(document.facts());
        Map<String, String> newTypes = new LinkedHashMap<>();
        Entity main = EntityResolver.mainSubject(document).orElse(null);
        Set<Integer> licenceLines = main == null ? Set.of() : LicenceLines.of(document.sentences());
        int tagLine = main == null ? -1 : TagLine.index(document.sentences());
        Set<String> kept = new HashSet<>(referredByPronouns(document.mentions()));
        if (main != null) {
            kept.add(main.iri());
        }
        for (Sentence s : document.sentences()) {
            List<Mention> mentions = bySentence.get(s.index());
            for (Found f : extract(document.id(), s, mentions, main, kept, licenceLines.contains(s.index()),
                    s.index() == tagLine)) {
                facts.add(f.fact());
                newTypes.putAll(f.newTypes());
            }
        }
        Document out = document.withFacts(facts);
        return newTypes.isEmpty() ? out : retype(out, newTypes);
    }

    /** A fact and the types it gives to entities of untyped names (entity IRI to type). */
    record Found(Fact fact, Map<String, String> newTypes) {

        /** The fact's subject, relation and object as one key: one fact per key in a sentence. */
        String key() {
            return fact.subject() + ' ' + fact.relation() + ' ' + fact.object();
        }
    }

    /** The facts of one sentence, de-duplicated. */
    List<Found> extract(String documentId, Sentence sentence, List<Mention> mentions) {
        return extract(documentId, sentence, mentions, (String) null);
    }

    /**
     * The facts of one sentence, de-duplicated; a mention of {@code subject} (the document's main subject,
     * or null) is an argument whatever its words, since document context put it there ("It", "The project").
     */
    List<Found> extract(String documentId, Sentence sentence, List<Mention> mentions, String subject) {
        return extract(documentId, sentence, mentions, subject == null ? Set.of() : Set.of(subject), List.of());
    }

    /**
     * The facts of one sentence, de-duplicated, with {@code main} (the document's main subject, or null) as the
     * subject of a predicate that opens a sentence with no subject ({@link ImpliedSubject}: "Runs on [Linux] ."); a
     * README's structure adds readings with {@code main} as "It": when {@code licenceLine} (a line of its licence
     * section, {@link LicenceSection}) a line that only names a licence is read as "It is licensed under [X]", when
     * {@code tagLine} (the line under its title, {@link TagLine}) a noun phrase is read as "It is a ...". A mention
     * of an entity in {@code kept} (the main subject, an entity a pronoun stands for) is an argument whatever its words.
     */
    List<Found> extract(String documentId, Sentence sentence, List<Mention> mentions, Entity main, Set<String> kept,
                        boolean licenceLine, boolean tagLine) {
        List<CarriedSubject.Clause> implied = new ArrayList<>(ImpliedSubject.of(sentence, mentions, main));
        CarriedSubject.Clause licence = licenceLine ? LicenceSection.clause(sentence, mentions, main) : null;
        if (licence != null) {
            implied.add(licence);
        }
        CarriedSubject.Clause tag = tagLine && implied.isEmpty() ? TagLine.clause(sentence, mentions, main) : null;
        if (tag != null) {
            implied.add(tag);
        }
        return extract(documentId, sentence, mentions, kept, implied);
    }

    /**
     * The entities that a pronoun mention stands for and that the document also names: document context read the
     * pronoun as a reference ("[Quill] is a browser . It uses ..."), so it is an argument whatever its word. A
     * pronoun tagged as a name of its own ("[It]") names no other mention's entity.
     */
    static Set<String> referredByPronouns(List<Mention> mentions) {
        Set<String> named = new HashSet<>();
        Set<String> pronouns = new HashSet<>();
        for (Mention m : mentions) {
            if (m.entity() == null) {
                continue;
            }
            boolean pronoun = Cues.PRONOUNS.contains(m.text().toLowerCase(Locale.ROOT));
            (pronoun ? pronouns : named).add(m.entity());
        }
        pronouns.retainAll(named);
        return pronouns;
    }

    private List<Found> extract(String documentId, Sentence sentence, List<Mention> mentions, Set<String> kept,
                                List<CarriedSubject.Clause> implied) {
        List<Found> found = extractClause(documentId, sentence, mentions, kept, sentence);
        List<CarriedSubject.Clause> clauses = new ArrayList<>(CarriedSubject.of(sentence, mentions));
        clauses.addAll(FrontedPhrase.of(sentence, mentions));
        clauses.addAll(LinkingVerb.of(sentence, mentions));
        clauses.addAll(SubjectAside.of(sentence, mentions));
        List<ParticipleChain.Elision> elisions = ParticipleChain.of(sentence, mentions);
        List<ParticipleChain.Elision> hedges = HedgedListOpener.of(sentence);
        if (!hedges.isEmpty()) {
            elisions = new ArrayList<>(elisions);
            elisions.addAll(hedges);
        }
        if (clauses.isEmpty() && elisions.isEmpty() && implied.isEmpty()) {
            return found;
        }
        Map<String, Found> best = new LinkedHashMap<>();
        for (Found f : found) {
            best.put(f.key(), f);
        }
        for (CarriedSubject.Clause clause : clauses) {
            Sentence clauseSentence = CarriedSubject.sentence(sentence, clause);
            List<Mention> clauseMentions = CarriedSubject.mentions(mentions, clause);
            CarriedFacts.merge(best, extractClause(documentId, clauseSentence, clauseMentions, kept, sentence), clause,
                    clauseSentence, clauseMentions);
        }
        for (CarriedSubject.Clause clause : implied) {
            // the clause sentence "It runs on [Linux]" is read whole: its own carried predicates and elisions too
            Sentence clauseSentence = CarriedSubject.sentence(sentence, clause);
            List<Mention> clauseMentions = CarriedSubject.mentions(mentions, clause);
            CarriedFacts.merge(best, extract(documentId, clauseSentence, clauseMentions, kept, List.of()), clause,
                    clauseSentence, clauseMentions);
        }
        for (ParticipleChain.Elision elision : elisions) {
            ElidedFacts.merge(best, extractClause(documentId, ParticipleChain.sentence(sentence, elision),
                    ParticipleChain.mentions(mentions, elision), kept, sentence), elision);
        }
        return List.copyOf(best.values());
    }

    /**
     * The facts of one sentence or of a shorter reading of it, de-duplicated; a rule's {@code unless} words are
     * looked up in {@code whole}, the sentence itself, as well, so a shorter reading keeps the words that silence a
     * rule.
     */
    private List<Found> extractClause(String documentId, Sentence sentence, List<Mention> mentions, Set<String> kept,
                                      Sentence whole) {
        if (mentions.size() < 2 || mentions.stream().filter(m -> m.entity() != null).count() < 2
                || RunTogetherText.test(sentence)) {
            return List.of();
        }
        // the rules that may match are found from the reading's own words (a carried clause is shorter than its
        // sentence, a fronted phrase's reading adds "is"); the words that silence a rule are looked up in both
        Set<String> words = new HashSet<>();
        Set<String> lemmas = new HashSet<>();
        addWords(sentence, words, lemmas);
        Set<String> vetoWords = words;
        Set<String> vetoLemmas = lemmas;
        if (whole != sentence) {
            vetoWords = new HashSet<>(words);
            vetoLemmas = new HashSet<>(lemmas);
            addWords(whole, vetoWords, vetoLemmas);
        }
        SlotFills fills = null;
        Map<String, Found> best = new LinkedHashMap<>();
        Map<String, Found> backoff = new LinkedHashMap<>();
        List<Map.Entry<Rule, PatternMatch>> matches = new ArrayList<>();
        for (Rule rule : rules.candidates(words, lemmas)) {
            if (rule.vetoedBy(vetoWords, vetoLemmas)) {
                continue;
            }
            if (fills == null) {
                fills = new SlotFills(SentenceUnits.of(sentence, mentions, kept));
            }
            for (PatternMatch match : rule.pattern().matchAll(fills)) {
                matches.add(Map.entry(rule, match));
            }
        }
        Respectively respectively = Respectively.of(sentence, matches);
        Set<String> silenced = Respectively.silenced(sentence, matches);
        for (Map.Entry<Rule, PatternMatch> e : matches) {
            Rule rule = e.getKey();
            PatternMatch match = e.getValue();
            Map<String, Found> into = rule.backoff() ? backoff : best;
            if (silenced.contains(rule.relation()) && Respectively.followed(sentence, match)) {
                continue; // "respectively" after lists of different lengths: no pairs can be read
            }
            for (Filler s : match.subjects()) {
                for (Filler o : match.objects()) {
                    if (respectively.allows(rule.relation(), s, o)) {
                        add(into, documentId, sentence, mentions, rule, match, s, o);
                    }
                }
            }
        }
        if (!backoff.isEmpty()) {
            addBackoff(best, backoff.values());
        }
        return List.copyOf(best.values());
    }

    /** Adds a sentence's lower-case words and its lemmas. */
    private static void addWords(Sentence sentence, Set<String> words, Set<String> lemmas) {
        for (Token t : sentence.tokens()) {
            words.add(SentenceUnits.lower(t.text()));
            if (t.lemma() != null) {
                lemmas.add(t.lemma());
            }
        }
    }

    /**
     * Adds the facts of backoff rules that no ordinary rule explains: a backoff fact is dropped when an ordinary
     * fact of the sentence relates the same two entities (either way), or gives the same object mention the same
     * relation (a rule found its subject), or when an earlier backoff fact took the same object mention for the
     * same relation (backoff rules are listed most trusted attachment first).
     */
    private static void addBackoff(Map<String, Found> best, Collection<Found> candidates) {
        Set<String> pairs = new HashSet<>();
        Set<String> objects = new HashSet<>();
        for (Found f : best.values()) {
            Fact fact = f.fact();
            pairs.add(fact.subject() + ' ' + fact.object());
            pairs.add(fact.object() + ' ' + fact.subject());
            objects.add(fact.relation() + ' ' + fact.evidence().objectSpan());
        }
        for (Found f : candidates) {
            Fact fact = f.fact();
            String pair = fact.subject() + ' ' + fact.object();
            String object = fact.relation() + ' ' + fact.evidence().objectSpan();
            if (pairs.contains(pair) || !objects.add(object)) {
                continue;
            }
            pairs.add(pair);
            pairs.add(fact.object() + ' ' + fact.subject());
            best.put(f.key(), f);
        }
    }

    private static void add(Map<String, Found> best, String documentId, Sentence sentence, List<Mention> mentions,
                            Rule rule, PatternMatch match, Filler s, Filler o) {
        String subject = s.mention().entity();
        String object = o.mention().entity();
        if (subject.equals(object) || SentenceUnits.isClassSubject(sentence, s.mention())
                || SentenceUnits.isDescriptionSubject(sentence, s.mention())
                || SentenceUnits.isNameFragment(sentence, s.mention()) || SentenceUnits.isNameFragment(sentence, o.mention())
                || SentenceUnits.isUntypedNameEnd(sentence, s.mention(), mentions)
                || SentenceUnits.isUntypedNameEnd(sentence, o.mention(), mentions)
                || ArgumentChecks.rejects(sentence, rule.relation(), s.mention(), o.mention())
                // importedFrom's cue is the participle on a noun of parts ("includes code imported from [Y]"): exempt
                || !IMPORTED_FROM.equals(rule.relation()) && ObjectNounParticiple.rejects(sentence, s.mention(), o.mention())
                || CoordinatedPredicate.rejects(sentence, s.mention(), o.mention(),
                        match.subjects().stream().map(Filler::mention).toList())
                || DataNounSubject.rejects(sentence, rule.relation(), s.mention(), o.mention())) {
            return;
        }
        // "a [Linux]-based server": the base's type decides what an "X-based" fact states
        String relation = BaseReading.relation(rule.relation(), sentence, o.mention());
        // "backwards compatible with [Zeta] games": compatibility with another system's programs is one-way
        relation = CompatibilityReading.relation(relation, sentence, o.mention());
        // "[Orbit] uses the [Zeta Public License]": the licence it is distributed under
        relation = LicenseReading.relation(relation, o.mention());
        String key = subject + ' ' + relation + ' ' + object;
        Found old = best.get(key);
        if (old != null && old.fact().confidence() >= rule.confidence()) {
            return;
        }
        Evidence evidence = new Evidence(documentId, sentence.index(), s.mention().span(), o.mention().span(),
                match.tokens());
        Map<String, String> types = new HashMap<>();
        if (s.newType() != null) {
            types.put(subject, s.newType());
        }
        if (o.newType() != null) {
            types.put(object, o.newType());
        }
        best.put(key, new Found(new Fact(subject, relation, object, rule.confidence(), rule.id(), evidence),
                Map.copyOf(types)));
    }

    /** Gives the entities of untyped names the types their slots asked for, and their untyped mentions too. */
    private static Document retype(Document d, Map<String, String> newTypes) {
        List<Entity> entities = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Entity e : d.entities()) {
            String type = newTypes.get(e.iri());
            seen.add(e.iri());
            if (type == null) {
                entities.add(e);
            } else {
                Set<String> types = new HashSet<>(e.types());
                types.remove(Mention.UNTYPED);
                types.add(type);
                entities.add(new Entity(e.iri(), e.label(), e.aliases(), types));
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : d.mentions()) {
            String type = m.entity() == null ? null : newTypes.get(m.entity());
            boolean retyped = type != null && Mention.UNTYPED.equals(m.type());
            mentions.add(retyped ? m.withType(type) : m);
            if (retyped && seen.add(m.entity())) {
                entities.add(new Entity(m.entity(), m.text(), Set.of(), Set.of(type)));
            }
        }
        return d.withEntities(entities).withMentions(mentions);
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.POS, Annotation.LEMMAS, Annotation.ENTITIES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.FACTS);
    }
}
