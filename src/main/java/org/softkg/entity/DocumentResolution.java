package org.softkg.entity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.mention.AgentWords;
import org.softkg.model.EntityType;
import org.softkg.model.Sentence;

/**
 * Entity resolution inside one document: groups the mentions' keys into entities, then names each.
 * Built and used once per document by {@link EntityResolver}.
 */
final class DocumentResolution {

    private final Document document;
    /** The forms of every mention, in document order. */
    private final List<MentionForm> forms;
    /** The forms of each key, keys in order of first occurrence. */
    private final Map<String, List<MentionForm>> byKey = new LinkedHashMap<>();
    private final KeyPartition partition = new KeyPartition();
    /** Keys whose mentions take the main subject's type: the title without its maker's name ("Kafka" of "Zeta Kafka"). */
    private final Map<String, String> retyped = new HashMap<>();
    /** The main subject's name from the title, and its key (null without a title). */
    private final String subjectName;
    private final String subjectKey;

    private DocumentResolution(Document document) {
        this.document = document;
        this.forms = sentenceStartsLikeTheRest(formsOf(document));
        for (MentionForm f : forms) {
            byKey.computeIfAbsent(f.key(), k -> new ArrayList<>()).add(f);
        }
        this.subjectName = DocumentTitle.subjectName(document.title()).orElse(null);
        this.subjectKey = subjectName == null ? null : LabelNormalizer.key(subjectName);
    }

    /** The document with its entities and every mention linked to one. */
    static Document resolve(Document document) {
        DocumentResolution r = new DocumentResolution(document);
        r.joinAbbreviations();
        r.joinTitleForms();
        r.joinMakerlessTitleForm();
        r.joinShortForms();
        return r.build();
    }

    private static List<MentionForm> formsOf(Document d) {
        List<MentionForm> out = new ArrayList<>();
        List<Mention> mentions = d.mentions();
        for (int i = 0; i < mentions.size(); i++) {
            out.add(MentionForm.of(i, mentions.get(i), d.sentences()));
        }
        out.sort(Comparator.comparingLong(MentionForm::position).thenComparingInt(f -> f.mention().span().end()));
        return out;
    }

    /**
     * A sentence-initial "Threads" takes the key of "threads" when the document writes that form
     * elsewhere: its capital is positional, and a capitalised word would not be singularised.
     */
    private static List<MentionForm> sentenceStartsLikeTheRest(List<MentionForm> forms) {
        Set<String> inner = new HashSet<>();
        for (MentionForm f : forms) {
            if (!f.sentenceInitial()) {
                inner.add(f.key());
            }
        }
        List<MentionForm> out = new ArrayList<>(forms.size());
        for (MentionForm f : forms) {
            String d = f.display();
            if (f.sentenceInitial() && d.length() > 1 && Character.isUpperCase(d.charAt(0))
                    && Character.isLowerCase(d.charAt(1))) {
                String lowered = LabelNormalizer.key(Character.toLowerCase(d.charAt(0)) + d.substring(1));
                if (!lowered.equals(f.key()) && inner.contains(lowered)) {
                    f = f.withKey(lowered);
                }
            }
            out.add(f);
        }
        return out;
    }

    /** {@code long ( short )} or {@code short ( long )} with an abbreviation: one entity. */
    private void joinAbbreviations() {
        for (int i = 0; i + 1 < forms.size(); i++) {
            MentionForm a = forms.get(i);
            MentionForm b = forms.get(i + 1);
            if (a.mention().sentence() != b.mention().sentence()) {
                continue;
            }
            Sentence s = document.sentences().get(a.mention().sentence());
            int open = a.mention().span().end();
            int close = b.mention().span().end();
            if (b.mention().span().start() != open + 1 || !tokenIs(s, open, "(") || !tokenIs(s, close, ")")) {
                continue;
            }
            MentionForm shortForm = Abbreviations.abbreviates(b.display(), a.display()) ? b
                    : Abbreviations.abbreviates(a.display(), b.display()) ? a : null;
            if (shortForm != null && !usedBefore(shortForm.key(), a.position())) {
                partition.union(a.key(), b.key());
            }
        }
    }

    /**
     * Whether a mention with {@code key} comes before {@code position}. An abbreviation is introduced where it
     * is first used; a short name the document already used on its own before "long ( short )" had a meaning
     * of its own there (in a file of unrelated sentences, "ARM" the architecture before "Abstract Rewriting
     * Machine ( ARM )"), so the pair does not join every use of it.
     */
    private boolean usedBefore(String key, long position) {
        List<MentionForm> uses = byKey.get(key);
        return uses != null && !uses.isEmpty() && uses.get(0).position() < position;
    }

    /**
     * Mentions of the title's name or of its first words ("DragonFly" in "DragonFly BSD") join the main subject; not the
     * maker the title is named after, an untyped first word after "by" ("developed by [Zeta]" in "Zeta Glide").
     */
    private void joinTitleForms() {
        if (subjectKey == null) {
            return;
        }
        List<String> titleWords = List.of(LabelNormalizer.fold(subjectName).split(" "));
        Optional<String> titleType = TypeVote.majority(mentionsOf(byKey.getOrDefault(subjectKey, List.of())));
        for (Map.Entry<String, List<MentionForm>> e : byKey.entrySet()) {
            String k = e.getKey();
            if (!k.equals(subjectKey) && isShortFormKey(k)
                    && e.getValue().stream().anyMatch(f -> (f.looksLikeName() || writtenAsInTitle(f))
                            && isProperPrefix(f.words(), titleWords)
                            && !isNumberedSibling(f.words(), titleWords))
                    && compatible(TypeVote.majority(mentionsOf(e.getValue())), titleType)
                    && !makerOfProduct(e.getValue(), TypeVote.majority(mentionsOf(e.getValue())), titleType)) {
                partition.union(k, subjectKey);
            }
        }
    }

    /**
     * The title without its first word joins the main subject when that word names the maker: "Kafka" in a document
     * titled "Zeta Kafka" that names "Zeta" or "the Zeta Software Foundation" as an organisation; "Chrome", "Firefox" in
     * the same way. A title's first word that is a word of the language ("Free", "Visual", "Common") names no maker, so
     * "Quill" stays apart from "Free Quill" even beside "the Free Software Foundation". The word names the maker when
     * the document has an {@link EntityType#ORGANIZATION} (its majority type) written as the word alone or as the word
     * followed only by organisation words ("Zeta Corporation", "Zeta Software Foundation", "Zeta Inc."), the document
     * never writes the word in lower case ("free software" reads it as a word), and the rest of the title is a name of
     * its own (with a capital or a digit: not "Zeta kernel"; not a number or a Roman numeral: "Zeta 2"; not an
     * organisation word: the title "Zeta Labs" names the maker itself), the end of no other name of the document ("Orbo
     * BASIC" beside "Zeta BASIC": a thing of many makers), named in no sentence beside the title except as an alias
     * ("Zeta BASIC is a dialect of BASIC" against "Zeta Kafka , or simply Kafka ,"), written as the title writes it (a sentence's first word counts: the title shows its capital is no
     * positional one). The short form's mentions then take the title's type when theirs differs: the name finder types a
     * bare "Kafka" from its own guess, the document calls it by the title.
     */
    private void joinMakerlessTitleForm() {
        if (subjectKey == null) {
            return;
        }
        String[] written = subjectName.split(" ");
        if (written.length < 2) {
            return;
        }
        String maker = written[0];
        String rest = String.join(" ", List.of(written).subList(1, written.length));
        String restKey = LabelNormalizer.key(rest);
        List<MentionForm> shortForms = byKey.get(restKey);
        if (shortForms == null || restKey.equals(subjectKey) || !isShortFormKey(restKey)
                || shortForms.stream().noneMatch(f -> f.looksLikeName() || f.display().equals(rest))
                || NUMBERED.matcher(LabelNormalizer.fold(written[1])).matches()
                || isOrganizationWord(written[written.length - 1])
                || rest.codePoints().noneMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))
                || !Character.isUpperCase(maker.codePointAt(0)) || !namesMaker(maker)
                || tailOfAnotherName(restKey) || statedBeside(shortForms)) {
            return;
        }
        partition.union(restKey, subjectKey);
        Optional<String> titleType = TypeVote.majority(mentionsOf(byKey.getOrDefault(subjectKey, List.of())));
        if (titleType.isPresent() && !compatible(TypeVote.majority(mentionsOf(shortForms)), titleType)) {
            retyped.put(restKey, titleType.get());
        }
    }

    /**
     * True when the document names {@code word} as an organisation (alone, or followed only by organisation words) and
     * never writes it in lower case.
     */
    private boolean namesMaker(String word) {
        String folded = LabelNormalizer.fold(word);
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        for (Sentence s : document.sentences()) {
            for (int i = 0; i < s.size(); i++) {
                if (s.token(i).text().equals(lower)) {
                    return false;
                }
            }
        }
        String organization = EntityType.ORGANIZATION.tagName();
        for (List<MentionForm> group : byKey.values()) {
            List<String> words = group.getFirst().words();
            if (words.getFirst().equals(folded) && words.subList(1, words.size()).stream().allMatch(DocumentResolution::isOrganizationWord)
                    && TypeVote.majority(mentionsOf(group)).filter(organization::equals).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /**
     * True when another name of the document than the title ends in the short form ("Orbo BASIC" beside the title
     * "Zeta BASIC"): the short form names a thing several makers make their own version of (a language, a system
     * family), not the title's product.
     */
    private boolean tailOfAnotherName(String restKey) {
        for (Map.Entry<String, List<MentionForm>> e : byKey.entrySet()) {
            String k = e.getKey();
            if (!k.equals(subjectKey) && !k.equals(restKey) && k.endsWith(" " + restKey)) {
                return true;
            }
        }
        return false;
    }

    /** Words right before a name that introduce it as another name of what came before: "Zeta Kafka , or simply Kafka". */
    private static final Set<String> ALIAS_CUES = Set.of("simply", "or", "as", "(", "aka", "called", "named", "\"", "“");

    /**
     * True when a sentence names the title and the short form apart ("Free Quill is a compiler for Quill", "Zeta BASIC is
     * a dialect of BASIC"): a thing is not stated beside itself, except as an alias ("Zeta Kafka , or simply Kafka").
     */
    private boolean statedBeside(List<MentionForm> shortForms) {
        Set<Integer> titleSentences = new HashSet<>();
        for (MentionForm f : byKey.getOrDefault(subjectKey, List.of())) {
            titleSentences.add(f.mention().sentence());
        }
        for (MentionForm f : shortForms) {
            int start = f.mention().span().start();
            if (titleSentences.contains(f.mention().sentence())) {
                Sentence s = document.sentences().get(f.mention().sentence());
                boolean alias = start > 0 && ALIAS_CUES.contains(s.token(start - 1).text().toLowerCase(java.util.Locale.ROOT));
                if (!alias) {
                    return true;
                }
            }
        }
        return false;
    }

    /** A word that ends names of organisations, strong or weak ("Foundation", "Inc.", "Software"). */
    private static boolean isOrganizationWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return AgentWords.ORGANIZATION_SUFFIXES.contains(w) || AgentWords.WEAK_ORGANIZATION_SUFFIXES.contains(w);
    }

    /**
     * A name that is the first words of exactly one other entity's longer name joins it ("HAMMER" and
     * "HAMMER file system"), when it looks like a name, the longer name came first in the document (outside a
     * heading) and their majority types agree. Decided on the partition as it stands, then applied, so the result
     * does not depend on iteration order.
     */
    private void joinShortForms() {
        Map<String, Integer> setSizes = new HashMap<>();
        for (String k : byKey.keySet()) {
            setSizes.merge(partition.find(k), 1, Integer::sum);
        }
        String subjectRoot = subjectKey == null ? null : partition.find(subjectKey);
        Map<String, List<MentionForm>> byFirstWord = new HashMap<>();
        Map<String, List<Mention>> bySet = new HashMap<>();
        for (MentionForm f : forms) {
            byFirstWord.computeIfAbsent(f.words().getFirst(), w -> new ArrayList<>()).add(f);
            bySet.computeIfAbsent(partition.find(f.key()), r -> new ArrayList<>()).add(f.mention());
        }
        Map<String, String> joins = new TreeMap<>();
        for (Map.Entry<String, List<MentionForm>> e : byKey.entrySet()) {
            String k = e.getKey();
            String root = partition.find(k);
            if (setSizes.get(root) > 1 || root.equals(subjectRoot) || !isShortFormKey(k)) {
                continue;
            }
            List<List<String>> shortForms = e.getValue().stream().filter(MentionForm::looksLikeName)
                    .map(MentionForm::words).distinct().toList();
            Set<String> longRoots = new HashSet<>();
            long firstLong = Long.MAX_VALUE;
            for (List<String> words : shortForms) {
                for (MentionForm g : byFirstWord.get(words.getFirst())) {
                    if (!g.key().equals(k) && isProperPrefix(words, g.words()) && !isNumberedSibling(words, g.words())
                            && !namesOwnProduct(words.size(), g) && !inHeading(g.mention())) {
                        longRoots.add(partition.find(g.key()));
                        firstLong = Math.min(firstLong, g.position());
                    }
                }
            }
            if (longRoots.size() == 1 && firstLong < e.getValue().getFirst().position()) {
                String longRoot = longRoots.iterator().next();
                Optional<String> shortType = TypeVote.majority(mentionsOf(e.getValue()));
                Optional<String> longType = TypeVote.majority(bySet.get(longRoot));
                if (compatible(shortType, longType) && !makerOfProduct(e.getValue(), shortType, longType)
                        && !agentBeforeProductName(shortType, longType, bySet.get(longRoot))) {
                    joins.put(k, longRoot);
                }
            }
        }
        joins.forEach(partition::union);
    }

    /**
     * True when an untyped short name stands as the agent of "by" ("by [Quill]", "by the [Quill]") and the longer
     * name has a type that is neither a person nor an organisation: "[Quill Transformer|Device] is a tablet designed
     * and manufactured by [Quill]" names a product after its maker, and the maker is no short form of it. "by
     * [Contoso]" after "[Contoso Inc.]" (no type or an organisation) still joins.
     */
    private boolean makerOfProduct(List<MentionForm> shortForms, Optional<String> shortType, Optional<String> longType) {
        if (shortType.isPresent() || longType.isEmpty() || AGENT_TYPES.contains(longType.get())) {
            return false;
        }
        for (MentionForm f : shortForms) {
            Sentence s = document.sentences().get(f.mention().sentence());
            int before = f.mention().span().start() - 1;
            if (before >= 0 && s.token(before).text().equalsIgnoreCase("the")) {
                before--;
            }
            if (before >= 0 && s.token(before).text().equalsIgnoreCase("by")) {
                return true;
            }
        }
        return false;
    }

    private static final Set<String> AGENT_TYPES = Set.of("Organization", "Person");

    /**
     * True when the short name is typed a person or an organisation and the longer name has no type and no
     * organisation word at its end: "Apple" and an untagged "Apple Watch" are the maker and its product, not one
     * entity ("Apple" and "Apple Computer Inc." still join).
     */
    private boolean agentBeforeProductName(Optional<String> shortType, Optional<String> longType, List<Mention> longMentions) {
        if (shortType.isEmpty() || !AGENT_TYPES.contains(shortType.get()) || longType.isPresent()) {
            return false;
        }
        for (Mention m : longMentions) {
            Sentence s = document.sentences().get(m.sentence());
            if (isOrganizationWord(s.token(m.span().end() - 1).text())) {
                return false;
            }
        }
        return true;
    }

    /** Builds the entities, one per set of keys, in order of first mention, and links every mention. */
    private Document build() {
        Map<String, List<MentionForm>> sets = new LinkedHashMap<>();
        for (MentionForm f : forms) {
            String type = retyped.get(f.key());
            if (type != null) {
                f = new MentionForm(f.index(), f.mention().withType(type), f.display(), f.key(), f.words(), f.sentenceInitial());
            }
            sets.computeIfAbsent(partition.find(f.key()), k -> new ArrayList<>()).add(f);
        }
        String subjectRoot = subjectKey == null ? null : partition.find(subjectKey);
        List<Entity> entities = new ArrayList<>();
        Mention[] linked = document.mentions().toArray(new Mention[0]);
        for (Map.Entry<String, List<MentionForm>> set : sets.entrySet()) {
            boolean subject = set.getKey().equals(subjectRoot);
            Entity entity = EntityNaming.entity(set.getValue(), subject ? subjectName : null);
            entities.add(entity);
            for (MentionForm f : set.getValue()) {
                linked[f.index()] = f.mention().withEntity(entity.iri());
            }
        }
        return document.withMentions(List.of(linked)).withEntities(entities);
    }

    private static List<Mention> mentionsOf(List<MentionForm> forms) {
        return forms.stream().map(MentionForm::mention).toList();
    }

    /**
     * True when the mention stands in a heading: a heading's name ("## Managed Zeta Fieldsets") is a section's label,
     * not the long form of the short name the section's text uses ("Zeta requires ...").
     */
    private boolean inHeading(Mention m) {
        int i = m.sentence();
        return i >= 0 && i < document.sentences().size() && document.sentences().get(i).heading();
    }

    /** A one-character name ("C", "X") is too ambiguous to stand for a longer one. */
    /**
     * True when the form is written exactly as the title's first words ("Zephyr" for the title "Zephyr OS"), so a
     * sentence-initial capital that the title has too is no evidence of a common noun: "Zephyr includes ..." opening
     * a sentence names the subject as "DragonFly" inside one does.
     */
    private boolean writtenAsInTitle(MentionForm f) {
        String d = f.display();
        return d.codePointCount(0, d.length()) >= 3 && subjectName.startsWith(d + " ")
                && Character.isUpperCase(d.codePointAt(0));
    }

    private static boolean isShortFormKey(String key) {
        return key.codePointCount(0, key.length()) >= 2;
    }

    private static boolean isProperPrefix(List<String> shortWords, List<String> longWords) {
        return shortWords.size() < longWords.size() && longWords.subList(0, shortWords.size()).equals(shortWords);
    }

    /**
     * True when the longer name goes on after the short one with a number or a Roman numeral ("Orbit 2", "Orbit II",
     * "Orbit 2 : The Return" after "Orbit"; "Atari 2600" after "Atari"): it names a numbered product of its own (a
     * sequel, a model, an edition), never a long form of the bare name, so "[Orbit 2] is the sequel to [Orbit]" keeps
     * two entities. So does a subtitle after a colon ("Orbit : Kappa Rising" after "Orbit"): it names an expansion,
     * an episode or a sequel of its own, so "[Orbit : Kappa Rising] is the second expansion for [Orbit]" keeps two.
     */
    private static boolean isNumberedSibling(List<String> shortWords, List<String> longWords) {
        if (longWords.size() <= shortWords.size()) {
            return false;
        }
        String next = longWords.get(shortWords.size());
        return NUMBERED.matcher(next).matches() || next.equals(":");
    }

    /**
     * True when the longer name goes on after the short one with a name of its own, a capitalised word or one with a
     * digit that is no organisation word ("Mono GAC", "Python Qwt6", "Windows NT", "Visual Studio Code" after "Mono",
     * "Python", "Windows", "Visual Studio"): it names a component, binding or edition of its own, never a long form of
     * the bare name. A longer name that goes on with common nouns ("HAMMER file system") or ends with an organisation
     * word ("Contoso Systems Corporation") still is one, and so is the name of a person or an organisation.
     */
    private static boolean namesOwnProduct(int shortLength, MentionForm longForm) {
        if (AGENT_TYPES.contains(longForm.mention().type())) {
            return false; // "Linus" after "Linus Torvalds", "Digital" after "Digital Equipment Corporation"
        }
        String[] display = longForm.display().split(" ");
        if (display.length != longForm.words().size()
                || AgentWords.ORGANIZATION_SUFFIXES.contains(display[display.length - 1].toLowerCase(java.util.Locale.ROOT))) {
            return false; // "Contoso Systems Corporation": an organisation's full name
        }
        for (int i = shortLength; i < display.length; i++) {
            String w = display[i];
            boolean named = w.codePoints().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
            if (named && !isOrganizationWord(w)) {
                return true;
            }
        }
        return false;
    }

    /** A folded word that numbers a product: digits, or a Roman numeral of two to four letters ("ii", "iv", "xii"). */
    private static final Pattern NUMBERED = Pattern.compile("\\d+|(?=[ivx]{2,4}$)x{0,3}(ix|iv|v?i{0,3})");

    private static boolean compatible(Optional<String> a, Optional<String> b) {
        return a.isEmpty() || b.isEmpty() || a.equals(b);
    }

    private static boolean tokenIs(Sentence s, int i, String text) {
        return i < s.size() && s.token(i).text().equals(text);
    }
}
