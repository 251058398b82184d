package org.softkg.mention;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.softkg.model.EntityType;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;

/**
 * Repair 10a: types the names of people and organisations, which the WikiSER tags never mark (or mark
 * as software: "[Ada Quill|Operating_System]"), from the shape of the name and its role in the sentence.
 * <ul>
 *   <li><b>Shape.</b> A name ending with an organisation word is an Organization ("Zeta Corporation",
 *       "Zeta Labs", tagged or not; "Zeta Software" only when untagged, {@link AgentWords}); so is an untagged
 *       name of an institution ("Ministry of Zeta", "University of Zeta", {@link ConnectedNameFinder}).</li>
 *   <li><b>Role.</b> The sentence gives the name a role: a title or a role noun before it ("Dr. Ada
 *       Quill", "programmer Ada Quill", "the company Zeta"), an apposition or copula after it ("Zeta , a
 *       software company ,", "Ada Quill , an Italian software engineer ,", "Zeta is a Japanese company"),
 *       "by" after a verb of making or selling ("developed by Zeta", "written and maintained by Ada Quill",
 *       "by A , B and C", or the verb a few words before: "implemented in C on a Zeta 7 by ..."), a
 *       possessive before a product ("Zeta 's [Quill]"), an agent's verb after it ("Zeta acquired",
 *       "Zeta announced", untagged "Zeta released"), "Quill et al .", "the CEO of Zeta", "designed at Zeta",
 *       "the Zeta company".</li>
 * </ul>
 * A role that belongs to people and organisations alike (a maker's "by", a possessive, "developer") is
 * decided by the shape: two or three name words whose first is a common given name, or that follow "by"
 * after a verb said mostly of people ("written by", "created by"), or that are listed with a person, are a
 * Person; a single word is an Organization when the role is a company's ("developed by", "published by",
 * a possessive, "Zeta acquired"), not after verbs that surnames follow as often ("designed by Quill",
 * "proposed by Quill"), and not when it is the surname of a person named in the document (the surname
 * linker of {@code context} takes it); other two- or three-word names stay as they are. An untyped name that no
 * role types is a Person when it is two or three name words whose first is a common given name ("a fork of SSLeay by
 * Eric Young and Tim Hudson"; thirty-first session), and so is one listed with a person ("Orbo , Ada Zeta and
 * Quillan published ...") or the nearest name before a "he", "she", "his" or "her" of the sentence, when it is shaped
 * like a person's name (two or three name words, or one that no list of organisations holds). A copula or
 * apposition whose head is no role ("Zeta , Inc is an idle game") vetoes all of this. A software tag is
 * overridden only by strong evidence: the organisation words of {@link AgentWords#ORGANIZATION_SUFFIXES}
 * (all words capitalised; "Foundation" only as "the Zeta Foundation", since products end with it too), a
 * title, a role noun, an apposition or copula, {@link AgentWords#OVERRIDING_BY_VERBS} right before "by",
 * "the CEO of", or an agent's verb after the name. Names already typed Person or Organization and list-like
 * sentences are left alone.
 */
public final class AgentTyper implements Repair {

    private static final String PERSON = EntityType.PERSON.tagName();
    private static final String ORGANIZATION = EntityType.ORGANIZATION.tagName();
    /** How far before "by" the verb of making may stand: "implemented in C on a Zeta 7 by X". */
    private static final int FAR_VERB_WINDOW = 10;
    /** The context whose surnames {@link #surnames} holds (a repair sees one context per document pass). */
    private RepairContext surnameContext;
    private Set<String> surnames = Set.of();
    private static final int APPOSITION_WINDOW = 8;
    private static final int MAX_APPOSITION = 30;
    private static final Set<String> LIST_JOINERS = Set.of(",", "and", "&");
    private static final Set<String> DETERMINERS = Set.of("a", "an", "the");
    /** A single-word name: letters, digits and the signs of company names ("AT&T", "Salesforce.com", "Hewlett-Packard", "Zeta/Quill"). */
    private static final Pattern SINGLE_NAME = Pattern.compile("[\\p{L}\\p{N}&./\\-]+");
    private static final Set<String> COPULAS = Set.of("is", "was", "are", "were");
    /** Auxiliaries of the perfect, which may stand between a name and its verb ("Zeta has acquired"). */
    private static final Set<String> PERFECT_AUXILIARIES = Set.of("has", "have", "had");
    /** Words that open the exemplars of a plural noun: "companies such as", "vendors including", "makers like". */
    private static final Set<String> EXEMPLAR_OPENERS = Set.of("including", "like");
    /** Words that join the exemplars of one list: "A , B and C", "A , B , as well as C". */
    private static final Set<String> EXEMPLAR_JOINERS = Set.of(",", "and", "&", "or", "as", "well");
    /** How far back from a name the opener of its exemplar list may stand. */
    private static final int MAX_EXEMPLAR_LIST = 30;
    /** Types of products, which companies make ("Zeta 's [Quill]"); an algorithm's owner is its inventor ("Quill 's algorithm"). */
    private static final Set<String> PRODUCT_TYPES = Set.of("Application", "Library", "Operating_System", "Device",
            "Architecture");

    /**
     * What the sentence says about a name: its type, that it is an agent of unknown kind, or that it is a thing
     * ("Zeta , Inc is an idle game": a class noun that is no role).
     */
    private enum Role { PERSON, ORGANIZATION, AGENT, THING }

    /**
     * All the sentence says about one name.
     *
     * @param roles        the roles its cues give
     * @param strong       whether some cue may override a software tag
     * @param personalVerb whether it follows "by" after a verb mostly said of people ("written by", "created by")
     * @param singleWordOk whether a single word in this role is an organisation: not after "by" and a verb that
     *                     surnames follow as often ("designed by Quill", "proposed by Quill")
     */
    private record Evidence(Set<Role> roles, boolean strong, boolean personalVerb, boolean singleWordOk) {
    }

    @Override
    public List<Mention> apply(Sentence sentence, List<Mention> mentions, RepairContext context) {
        if (mentions.isEmpty() || ListLikeSentence.test(sentence)) {
            return mentions;
        }
        int n = mentions.size();
        String[] types = new String[n];
        boolean[] agentList = new boolean[n];
        mentions = withoutTitles(sentence, mentions);
        for (int k = 0; k < n; k++) {
            Mention m = mentions.get(k);
            if (isAgentType(m.type())) {
                continue;
            }
            boolean untyped = Mention.UNTYPED.equals(m.type());
            Evidence e = evidence(sentence, mentions, k, untyped);
            if (!e.roles().isEmpty() && (untyped || e.strong())) {
                types[k] = decide(sentence, m, e, untyped, context);
                agentList[k] = e.roles().contains(Role.AGENT);
            } else if (e.roles().isEmpty() && untyped && isPersonal(sentence, m.span())
                    && AgentWords.in(AgentWords.GIVEN_NAMES, sentence.token(m.span().start()).text())) {
                types[k] = PERSON; // "by Eric Andrew Young and Tim Hudson": a given name and a surname, no role needed
            }
        }
        coordinate(sentence, mentions, types, agentList);
        listedWithPeople(sentence, mentions, types);
        pronounReferent(sentence, mentions, types);
        List<Mention> out = new ArrayList<>(n);
        boolean changed = false;
        for (int k = 0; k < n; k++) {
            Mention m = mentions.get(k);
            if (types[k] != null && !types[k].equals(m.type())) {
                out.add(m.withType(types[k]));
                changed = true;
            } else {
                out.add(m);
            }
        }
        return changed ? out : mentions;
    }

    /** "Dr. Ada Quill" found as one untyped name: the title goes, the name is a person's. */
    private static List<Mention> withoutTitles(Sentence s, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Mention m : mentions) {
            Span span = m.span();
            boolean titled = Mention.UNTYPED.equals(m.type()) && span.length() >= 2
                    && AgentWords.TITLES.contains(lower(s, span.start()));
            out.add(titled ? Mentions.reshape(s, m, new Span(span.start() + 1, span.end())) : m);
        }
        return out;
    }

    private static boolean isAgentType(String type) {
        return PERSON.equals(type) || ORGANIZATION.equals(type);
    }

    /** The type a name with this evidence gets, or null when the evidence conflicts or the shape does not settle it. */
    private String decide(Sentence s, Mention m, Evidence e, boolean untyped, RepairContext context) {
        Span span = m.span();
        boolean personal = isPersonal(s, span);
        boolean person = e.roles().contains(Role.PERSON);
        if (e.roles().contains(Role.THING)) {
            return null;
        }
        if (e.roles().contains(Role.ORGANIZATION)) {
            return person ? null : ORGANIZATION;
        }
        if (person) {
            return personal || span.length() == 1 && PersonNameFinder.isNameWordShape(s.token(span.start()).text())
                    ? PERSON : null;
        }
        if (personal && (e.personalVerb() || AgentWords.in(AgentWords.GIVEN_NAMES, s.token(span.start()).text()))) {
            return PERSON;
        }
        if (span.length() == 1) {
            return e.singleWordOk() && isSingleOrganizationName(s, span.start(), context) ? ORGANIZATION : null;
        }
        return personal || !untyped || !allCapitalisedWords(s, span) ? null : ORGANIZATION;
    }

    /**
     * True when the single word at {@code i} may name an organisation: capitalised, not an adjective ("Danish"),
     * not an organisation word alone ("Ltd"), not a common given name ("Andrew also released ..."), not the start of a longer name ("Quill van Zeta", "Quill \" Q \" Zeta")
     * and not the surname of a person of the document.
     */
    private boolean isSingleOrganizationName(Sentence s, int i, RepairContext context) {
        String word = s.token(i).text();
        if (!Character.isUpperCase(word.charAt(0)) || !SINGLE_NAME.matcher(word).matches() || "ADJ".equals(s.token(i).pos())
                || AgentWords.in(AgentWords.ORGANIZATION_SUFFIXES, word) || AgentWords.in(AgentWords.WEAK_ORGANIZATION_SUFFIXES, word)
                || AgentWords.in(AgentWords.GIVEN_NAMES, word)) {
            return false;
        }
        String next = i + 1 < s.size() ? s.token(i + 1).text() : "";
        if (Set.of("van", "von", "de", "der", "den", "da", "di", "del", "la", "le", "\"", "“", "``").contains(next)) {
            return false;
        }
        return !isSurname(word, context);
    }

    /**
     * True when {@code word} ends a person-shaped name of the document (two or three words, the first shaped like a
     * given name): a surname, for the surname linker. The set is read off the context's names once per context.
     */
    private boolean isSurname(String word, RepairContext context) {
        if (context != surnameContext) {
            surnames = new HashSet<>();
            for (String name : context.names()) {
                String[] words = name.split(" ");
                if (words.length >= 2 && words.length <= 3 && PersonNameFinder.isNameWordShape(words[0])) {
                    surnames.add(words[words.length - 1]);
                }
            }
            surnameContext = context;
        }
        return surnames.contains(word);
    }

    /**
     * Every word of the name starts with a capital letter and has no digit: "Orbo Zeta Partners", not "Model10/07
     * Zeta"; connectors inside it do not count ("Fundación para o Fomento de Zeta", {@link ConnectedNameFinder}).
     */
    private static boolean allCapitalisedWords(Sentence s, Span span) {
        for (int i = span.start(); i < span.end(); i++) {
            String t = s.token(i).text();
            boolean sign = t.length() == 1 && !Character.isLetterOrDigit(t.charAt(0));
            boolean connector = i > span.start() && i < span.end() - 1 && ConnectedNameFinder.isConnector(t);
            if (!sign && !connector && (!Character.isUpperCase(t.charAt(0)) || t.chars().anyMatch(Character::isDigit))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A list of agents after "by" ("by A , B and C") whose members one name shows to be people: its
     * person-shaped members are people too ("by J . Q . Quill and Ada Lovelace").
     */
    private static void coordinate(Sentence s, List<Mention> mentions, String[] types, boolean[] agentList) {
        for (int k = 0; k < mentions.size(); k++) {
            if (!agentList[k] || types[k] != null || !isPersonal(s, mentions.get(k).span())) {
                continue;
            }
            for (int j : listMembers(s, mentions, k)) {
                String t = types[j] != null ? types[j] : mentions.get(j).type();
                if (PERSON.equals(t)) {
                    types[k] = PERSON;
                    break;
                }
            }
        }
    }

    /**
     * Untyped names in a list with a person are people too, when they are shaped like a person's name: two or three
     * name words, or one that no list of organisations holds ("In 2006 Quill , Ada Zeta , and Orbo published ...").
     */
    private static void listedWithPeople(Sentence s, List<Mention> mentions, String[] types) {
        for (int k = 0; k < mentions.size(); k++) {
            if (types[k] != null || !Mention.UNTYPED.equals(mentions.get(k).type())
                    || !personShaped(s, mentions.get(k).span())) {
                continue;
            }
            for (int j : listMembers(s, mentions, k)) {
                if (PERSON.equals(types[j] != null ? types[j] : mentions.get(j).type())) {
                    types[k] = PERSON;
                    break;
                }
            }
        }
    }

    /** Pronouns said only of people. */
    private static final Set<String> PERSONAL_PRONOUNS = Set.of("he", "she", "his", "her", "him", "himself",
            "herself", "hers");
    /** How far after a name the pronoun that refers to it may stand. */
    private static final int PRONOUN_WINDOW = 25;

    /**
     * An untyped name that opens the sentence, as its subject, and that a later "he", "she", "his" or "her" refers to
     * is a person's ("Quill went on to apply the lessons he learned"): shaped like a person's name, with no other name
     * between it and the pronoun (the nearest name before a pronoun may be an object: "offers [Wikipedia] an
     * opportunity ... guided by her", "travels to [Grouchland] in search of his blanket").
     */
    private static void pronounReferent(Sentence s, List<Mention> mentions, String[] types) {
        if (mentions.isEmpty() || mentions.getFirst().span().start() != 0) {
            return;
        }
        Mention subject = mentions.getFirst();
        int end = subject.span().end();
        int limit = Math.min(s.size(), end + PRONOUN_WINDOW);
        int next = mentions.size() > 1 ? mentions.get(1).span().start() : s.size();
        for (int i = end; i < limit && i < next; i++) {
            if (PERSONAL_PRONOUNS.contains(lower(s, i))) {
                if (types[0] == null && Mention.UNTYPED.equals(subject.type()) && personShaped(s, subject.span())) {
                    types[0] = PERSON;
                }
                return;
            }
        }
    }

    /** Two or three name words, or one name word that is no known organisation's name, no role and no title ("CTO & Founder"). */
    private static boolean personShaped(Sentence s, Span span) {
        if (isPersonal(s, span)) {
            return true;
        }
        String word = s.token(span.start()).text();
        return span.length() == 1 && PersonNameFinder.isNameWordShape(word)
                && !KnownOrganizations.shippedNames().contains(word) && !AgentWords.in(AgentWords.ORGANIZATION_SUFFIXES, word)
                && !AgentWords.in(AgentWords.PERSON_ROLES, word) && !AgentWords.in(AgentWords.TITLES, word);
    }

    /**
     * True when a verb said mostly of people stands before "by" and the name is two or three capitalised words
     * opening with a common given name ("written by [Ada Quill|Application]"): a person's name, whatever the tag.
     */
    private static boolean personalName(Sentence s, Span span, String byVerb) {
        return AgentWords.PERSONAL_VERBS.contains(byVerb) && span.length() >= 2 && span.length() <= 3
                && AgentWords.in(AgentWords.GIVEN_NAMES, s.token(span.start()).text())
                && allCapitalisedWords(s, span);
    }

    /** All the sentence says about the role of mention {@code k}. */
    private static Evidence evidence(Sentence s, List<Mention> mentions, int k, boolean untyped) {
        Span span = mentions.get(k).span();
        Set<Role> roles = EnumSet.noneOf(Role.class);
        boolean strong = false;
        if (endsWith(s, span, AgentWords.ORGANIZATION_SUFFIXES)
                || untyped && endsWith(s, span, AgentWords.WEAK_ORGANIZATION_SUFFIXES)) {
            roles.add(Role.ORGANIZATION);
            strong = allCapitalisedWords(s, span) && (!productSuffix(s, span) || organizationFoundation(s, span));
        }
        if (untyped && isInstitution(s, span)) {
            roles.add(Role.ORGANIZATION);
        }
        String before = lower(s, span.start() - 1);
        if (AgentWords.TITLES.contains(before) || AgentWords.PERSON_ROLES.contains(before)) {
            roles.add(Role.PERSON);
            strong = true;
        } else if (AgentWords.SHARED_ROLES.contains(before)) {
            roles.add(Role.AGENT);
            strong = true;
        } else if (AgentWords.ORGANIZATION_ROLES.contains(before) && "the".equals(lower(s, span.start() - 2))) {
            roles.add(Role.ORGANIZATION);
        }
        Role apposition = apposition(s, span.end());
        if (apposition != null) {
            roles.add(apposition);
            strong = apposition != Role.THING;
        }
        if (organizationOf(s, span.start())) {
            roles.add(Role.ORGANIZATION);
            strong = true;
        }
        String byVerb = byVerb(s, mentions, k);
        if (byVerb != null) {
            roles.add(Role.AGENT);
            strong |= AgentWords.OVERRIDING_BY_VERBS.contains(byVerb) || personalName(s, span, byVerb);
        }
        if (relativeWho(s, span.end()) || personalPossession(s, span.end())) {
            roles.add(Role.PERSON); // "Kurosaki , who had been using ...", "Zeta Quill 's dissertation"
            strong = true;
        }
        boolean possessor = possessorOfSoftware(s, mentions, k);
        if (possessor) {
            roles.add(Role.AGENT);
        }
        String subjectVerb = agentVerbAfter(s, span.end());
        if (subjectVerb != null) {
            roles.add(Role.AGENT);
            strong |= !AgentWords.PERSONAL_VERBS.contains(subjectVerb) && !AgentWords.MAKER_SUBJECT_VERBS.contains(subjectVerb);
        }
        if (workplace(s, span.start()) || theCompany(s, span)) {
            roles.add(Role.ORGANIZATION);
        }
        Role exemplar = exemplarOf(s, span.start());
        if (exemplar != null) {
            roles.add(exemplar);
            strong = true;
        }
        if (span.length() == 1 && span.end() + 1 < s.size() && "et".equals(lower(s, span.end()))
                && lower(s, span.end() + 1).startsWith("al")) {
            roles.add(Role.PERSON); // "Quill et al ." names the first author
        }
        boolean onlyBy = byVerb != null && roles.size() == 1 && !possessor && subjectVerb == null;
        return new Evidence(roles, strong, byVerb != null && AgentWords.PERSONAL_VERBS.contains(byVerb),
                !onlyBy || AgentWords.COMPANY_BY_VERBS.contains(byVerb));
    }

    /**
     * "Ministry of Industry", "University of Zeta": a name with an English connector whose words before it head names
     * of institutions ({@link ConnectedNameFinder#INSTITUTIONS}).
     */
    private static boolean isInstitution(Sentence s, Span span) {
        for (int i = span.start() + 1; i < span.end() - 1; i++) {
            if (ConnectedNameFinder.ENGLISH.contains(s.token(i).text())) {
                return Character.isUpperCase(s.token(span.start()).text().charAt(0))
                        && ConnectedNameFinder.hasInstitution(s, span.start(), i);
            }
        }
        return false;
    }

    /**
     * "Foundation" ends names of products too ("Zeta Presentation Foundation"): a tagged name ending with it is an
     * organisation's only as "the Zeta Foundation".
     */
    private static boolean productSuffix(Sentence s, Span span) {
        return "foundation".equals(lower(s, span.end() - 1));
    }

    /**
     * A name ending in "Foundation" that names an organisation: "the Zeta Foundation" (the article before it or opening
     * it, "The Zeta Foundation hosts ..."), or a company word before "Foundation" ("Zeta Software Foundation"). In the
     * development data "the" came before 34 of 35 such names of organisations; without it, products and organisations
     * were even ("Zeta Media Foundation", "Zeta Presentation Foundation" against "Zeta Foundation"), and every name in
     * "Software Foundation" was an organisation's.
     */
    private static boolean organizationFoundation(Sentence s, Span span) {
        if ("the".equals(lower(s, span.start() - 1)) || span.length() >= 3 && "the".equals(lower(s, span.start()))) {
            return true;
        }
        String before = span.length() >= 3 ? s.token(span.end() - 2).text() : "";
        return !before.isEmpty() && Character.isUpperCase(before.charAt(0))
                && (AgentWords.in(AgentWords.WEAK_ORGANIZATION_SUFFIXES, before) || AgentWords.in(AgentWords.ORGANIZATION_SUFFIXES, before));
    }

    private static boolean endsWith(Sentence s, Span span, Set<String> words) {
        if (span.length() < 2 || !Character.isUpperCase(s.token(span.start()).text().charAt(0))) {
            return false;
        }
        String last = s.token(span.end() - 1).text();
        return Character.isUpperCase(last.charAt(0)) && AgentWords.in(words, last);
    }

    /**
     * The role an apposition or a copula gives: ", (a|an|the) ADJ/NOUN ... ROLE" or "is (a|an|the) ... ROLE" right
     * after the name, ROLE the last noun of that noun phrase ("Zeta , a Japanese video game company ,"; "Ada Quill ,
     * an Italian software developer and member of ..."). Null when there is none, {@link Role#THING} when its head is
     * no role ("Zeta , Inc is an idle game": no company, whatever its name says).
     */
    private static Role apposition(Sentence s, int end) {
        boolean comma = ",".equals(lower(s, end));
        boolean copula = COPULAS.contains(lower(s, end));
        if (end + 2 >= s.size() || !(comma || copula) || !DETERMINERS.contains(lower(s, end + 1))) {
            return null;
        }
        String head = null;
        for (int i = end + 2; i < s.size() && i <= end + 1 + APPOSITION_WINDOW; i++) {
            String pos = String.valueOf(s.token(i).pos());
            String w = s.token(i).text();
            if (pos.equals("NOUN") && w.equals(w.toLowerCase(Locale.ROOT))) {
                head = ClosedClass.POSSESSIVES.contains(lower(s, i + 1)) ? null : w; // "the phone company 's solution": no head yet
            } else if (AgentWords.PERSON_ROLES.contains(w.toLowerCase(Locale.ROOT))) {
                head = w.toLowerCase(Locale.ROOT); // "the former CEO of X": a role written as an acronym
            } else if (!(pos.equals("ADJ") || pos.equals("PROPN") || pos.equals("NUM") || pos.equals("ADV")
                    || w.equals("-"))) {
                break;
            }
        }
        if (head == null || comma && !closed(s, end + 2)) {
            return null;
        }
        if (AgentWords.PERSON_ROLES.contains(head)) {
            return Role.PERSON;
        }
        if (AgentWords.ORGANIZATION_ROLES.contains(head)) {
            return Role.ORGANIZATION;
        }
        return AgentWords.SHARED_ROLES.contains(head) ? Role.AGENT : Role.THING;
    }

    /**
     * True when a comma or the sentence's end closes the phrase from {@code from} before any finite verb: "X , the
     * developer of Y , said" is an apposition, "As with X , the developers of Y are replacing ..." is the main clause.
     */
    private static boolean closed(Sentence s, int from) {
        for (int i = from; i < s.size() && i < from + MAX_APPOSITION; i++) {
            String w = s.token(i).text();
            if (w.equals(",") || w.equals(";") || w.equals(")") || i == s.size() - 1) {
                return true;
            }
            String pos = String.valueOf(s.token(i).pos());
            boolean participle = pos.equals("VERB") && (w.endsWith("ed") || w.endsWith("ing") || w.endsWith("en")
                    || "NOUN".equals(s.token(i - 1).pos())); // "a developer known for ...", "a company based in ..."
            if (pos.equals("AUX") || pos.equals("VERB") && !participle) {
                return false;
            }
        }
        return false;
    }

    /** "the CEO of Zeta", "a subsidiary of the Zeta": an organisation. */
    private static boolean organizationOf(Sentence s, int start) {
        int i = start - 1;
        if ("the".equals(lower(s, i))) {
            i--;
        }
        return "of".equals(lower(s, i)) && AgentWords.ORGANIZATION_OF_NOUNS.contains(lower(s, i - 1));
    }

    /**
     * "VERB by X" with a verb of making or selling right before "by" (adverbs and "and VERB" between:
     * "originally written and maintained by X") or within a few words before it, X the name or a member
     * of a list after "by".
     */
    private static String byVerb(Sentence s, List<Mention> mentions, int k) {
        if (modifiesNoun(s, mentions.get(k).span().end())) {
            return null; // "created by Zeta contributors": the agent is the noun
        }
        int first = listStart(s, mentions, k);
        int by = first - 1;
        if ("the".equals(lower(s, by))) {
            by--;
        }
        if (!"by".equals(lower(s, by))) {
            return null;
        }
        int v = by - 1;
        while (v > 0 && ("ADV".equals(s.token(v).pos()) || isCoordinatedVerb(s, v))) {
            v -= isCoordinatedVerb(s, v) ? 2 : 1;
        }
        String verb = lower(s, v);
        if (AgentWords.AGENT_BY_VERBS.contains(verb)) {
            return verb;
        }
        for (int i = by - 1; i >= 0 && i >= by - FAR_VERB_WINDOW; i--) {
            String w = lower(s, i);
            if (w.equals(",") || w.equals(";") || "AUX".equals(s.token(i).pos())) {
                break;
            }
            if (AgentWords.AGENT_BY_VERBS.contains(w)) {
                return "";  // a verb further away: evidence of an agent, too weak to override a tag
            }
        }
        return null;
    }

    /** "written and maintained": token {@code v} is a participle after "and" (or ","), so the verb before it counts. */
    private static boolean isCoordinatedVerb(Sentence s, int v) {
        return v >= 2 && Set.of("and", "or", ",").contains(lower(s, v - 1))
                && AgentWords.AGENT_BY_VERBS.contains(lower(s, v)) && AgentWords.AGENT_BY_VERBS.contains(lower(s, v - 2));
    }

    /** The first token of the list of names that mention {@code k} ends: "A , B and C" for C. */
    private static int listStart(Sentence s, List<Mention> mentions, int k) {
        int start = mentions.get(k).span().start();
        int j = k;
        while (true) {
            int i = start - 1;
            boolean joined = false;
            while (i >= 0 && LIST_JOINERS.contains(lower(s, i))) {
                i--;
                joined = true;
            }
            if (!joined || j == 0 || mentions.get(j - 1).span().end() != i + 1) {
                return start;
            }
            j--;
            start = mentions.get(j).span().start();
        }
    }

    /** The indices of the mentions in the same list as mention {@code k}. */
    private static List<Integer> listMembers(Sentence s, List<Mention> mentions, int k) {
        int start = listStart(s, mentions, k);
        List<Integer> out = new ArrayList<>();
        for (int j = 0; j < mentions.size(); j++) {
            if (mentions.get(j).span().start() >= start && j != k && listStart(s, mentions, j) == start) {
                out.add(j);
            }
        }
        return out;
    }

    /** ", who" right after the name: the relative pronoun of people. */
    private static boolean relativeWho(Sentence s, int end) {
        return end + 1 < s.size() && ",".equals(lower(s, end)) && "who".equals(lower(s, end + 1));
    }

    /** "'s" and a noun only a person has right after the name: "[Zeta Quill] 's dissertation", "'s wife". */
    private static boolean personalPossession(Sentence s, int end) {
        return end + 1 < s.size() && ClosedClass.POSSESSIVES.contains(s.token(end).text())
                && AgentWords.PERSONAL_POSSESSIONS.contains(lower(s, end + 1));
    }

    /** "Zeta 's [Quill]", "Zeta 's new [Quill]": the possessor of a product (application, library, system, device, architecture). */
    private static boolean possessorOfSoftware(Sentence s, List<Mention> mentions, int k) {
        int i = mentions.get(k).span().end();
        if (i >= s.size() || !ClosedClass.POSSESSIVES.contains(s.token(i).text())) {
            return false;
        }
        i++;
        while (i < s.size() && "ADJ".equals(s.token(i).pos()) && i <= mentions.get(k).span().end() + 3) {
            i++;
        }
        for (int j = k + 1; j < mentions.size(); j++) {
            Mention next = mentions.get(j);
            if (next.span().start() == i) {
                return PRODUCT_TYPES.contains(next.type());
            }
        }
        return false;
    }

    /** "Zeta acquired ...", "Zeta announced": the verb after the name, when only organisations and people are its subjects. */
    private static String agentVerbAfter(Sentence s, int end) {
        int i = end;
        if (PERFECT_AUXILIARIES.contains(lower(s, i))) {
            i++; // "Zeta had also released ...": the perfect keeps the active verb
        }
        while (i < s.size() && "ADV".equals(s.token(i).pos())) {
            i++;
        }
        String verb = lower(s, i);
        if (!AgentWords.AGENT_SUBJECT_VERBS.contains(verb) && !AgentWords.MAKER_SUBJECT_VERBS.contains(verb)) {
            return null;
        }
        String next = lower(s, i + 1);
        if (Set.of("by", "in", "under", "from", "as", "to", "with", "on").contains(next)) {
            return null; // a participle: "Zeta , acquired by ...", "founded in 1990"
        }
        return verb;
    }

    /**
     * The role of a name listed as an example of a plural role noun: "manufacturers such as A , B and [C]", "companies
     * including [Zeta]", "researchers like [Ada Quill]", "vendors such as A , as well as [Zeta]". The list is walked
     * back from the name over capitalised words and joiners to "such as", "including" or "like"; the noun before it
     * (past a comma) must be the plural of a role noun ({@link AgentWords#ORGANIZATION_ROLES}, {@link
     * AgentWords#PERSON_ROLES}, {@link AgentWords#SHARED_ROLES}). Null when the name is no such example.
     */
    private static Role exemplarOf(Sentence s, int start) {
        int i = start - 1;
        while (i >= 0 && start - i <= MAX_EXEMPLAR_LIST) {
            String w = lower(s, i);
            if (EXEMPLAR_OPENERS.contains(w) || "as".equals(w) && "such".equals(lower(s, i - 1))) {
                break;
            }
            String t = s.token(i).text();
            boolean nameWord = Character.isUpperCase(t.charAt(0)) || Character.isDigit(t.charAt(0));
            if (!nameWord && !EXEMPLAR_JOINERS.contains(w)) {
                return null;
            }
            i--;
        }
        if (i < 0 || start - i > MAX_EXEMPLAR_LIST) {
            return null;
        }
        int n = "as".equals(lower(s, i)) ? i - 2 : i - 1;
        if (",".equals(lower(s, n))) {
            n--;
        }
        if (n < 0) {
            return null;
        }
        String noun = n == 0 ? lower(s, n) : s.token(n).text(); // "Vendors such as Zeta ..." opens the sentence
        if (!noun.equals(noun.toLowerCase(Locale.ROOT)) || !noun.endsWith("s") || noun.endsWith("ss")) {
            return null;
        }
        String singular = noun.endsWith("ies") ? noun.substring(0, noun.length() - 3) + "y"
                : noun.substring(0, noun.length() - 1);
        if (AgentWords.ORGANIZATION_ROLES.contains(singular)) {
            return Role.ORGANIZATION;
        }
        if (AgentWords.PERSON_ROLES.contains(singular)) {
            return Role.PERSON;
        }
        return AgentWords.SHARED_ROLES.contains(singular) ? Role.AGENT : null;
    }

    /** "designed at Zeta", "engineers at Zeta": the place of work. */
    private static boolean workplace(Sentence s, int start) {
        int i = start - 1;
        if ("the".equals(lower(s, i))) {
            i--;
        }
        return "at".equals(lower(s, i)) && AgentWords.WORK_AT_WORDS.contains(lower(s, i - 1));
    }

    /**
     * "the Zeta company": an organisation noun right after the name. Not "team": "the Quill team" is the team
     * of the project Quill (a README's "built by the Quill team"), the name stays the project's.
     */
    private static boolean theCompany(Sentence s, Span span) {
        return "the".equals(lower(s, span.start() - 1)) && span.end() < s.size()
                && AgentWords.ORGANIZATION_ROLES.contains(s.token(span.end()).text())
                && !"team".equals(s.token(span.end()).text());
    }

    /** "Zeta contributors": a lower-case noun right after the name, which the name qualifies. */
    private static boolean modifiesNoun(Sentence s, int end) {
        if (end >= s.size()) {
            return false;
        }
        String w = s.token(end).text();
        return "NOUN".equals(s.token(end).pos()) && w.equals(w.toLowerCase(Locale.ROOT)) && Character.isLetter(w.charAt(0));
    }

    /** Two or three name-shaped words ("Ada Quill", "Ada van Quill"), none an organisation word. */
    static boolean isPersonal(Sentence s, Span span) {
        int words = 0;
        for (int i = span.start(); i < span.end(); i++) {
            String t = s.token(i).text();
            boolean inner = i > span.start() && i < span.end() - 1;
            if (inner && Set.of("van", "von", "de", "der", "den", "da", "di", "del", "la", "le").contains(t)) {
                continue;
            }
            if (!PersonNameFinder.isNameWordShape(t) || AgentWords.in(AgentWords.ORGANIZATION_SUFFIXES, t)
                    || AgentWords.in(AgentWords.WEAK_ORGANIZATION_SUFFIXES, t)) {
                return false;
            }
            words++;
        }
        return words >= 2 && words <= 3;
    }

    private static String lower(Sentence s, int i) {
        return i >= 0 && i < s.size() ? s.token(i).text().toLowerCase(Locale.ROOT) : "";
    }
}
