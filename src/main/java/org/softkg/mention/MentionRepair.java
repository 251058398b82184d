package org.softkg.mention;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Turns the mentions decoded from noisy tags into clean ones. The WikiSER tags come from Wikipedia
 * links: the article's own title is not linked ("DragonFly"/O "BSD"/B), verbs get tagged ("forked" as an
 * Application), spans take in articles, punctuation, versions and generic heads. The repairs run in this
 * fixed order, each over the whole document before the next, each seeing the document's mentions as the
 * previous one left them ({@link RepairContext}):
 * <ol>
 * <li>{@link EdgeTrimmer}: function words and punctuation off the edges;</li>
 * <li>{@link NonNameFilter}: drop lone verbs, pronouns, bare numbers;</li>
 * <li>{@link NameExtender}: grow names over adjacent untagged name tokens;</li>
 * <li>{@link HeadNounTyper}: "the BSD license" tagged as an operating system is a License;</li>
 * <li>{@link GenericHeadTrimmer}: "FreeBSD project" to "FreeBSD";</li>
 * <li>{@link KindPhraseAfterName}: "the [iOS] [mobile operating system]" to "the [iOS] mobile operating system";</li>
 * <li>{@link SubjectFinder}: the document's title wherever it occurs;</li>
 * <li>{@link AbbreviationFinder}: both sides of "LONG ( SHORT )" as mentions of one type;</li>
 * <li>{@link ShapeNameFinder}: untagged CamelCase, alphanumeric and acronym names;</li>
 * <li>{@link InitialsNameFinder}: untagged names with initials ("J . Q . Quill") as persons;</li>
 * <li>{@link ConnectedNameFinder}: untagged names joined by connectors ("Ministry of Industry", "Fundación para o Fomento");</li>
 * <li>{@link PersonNameFinder}: untagged runs of one to three capitalised proper nouns;</li>
 * <li>{@link CapitalisedNameFinder}: other untagged runs of capitalised words, as untyped names;</li>
 * <li>{@link CoordinatedNameJoiner}: "the Zeta Research Science and Technology team" as one organisation;</li>
 * <li>{@link NameHeadJoiner}: "[Zeta] Architecture Review Board", "[Zeta] Tools": a name and the capitalised words after it
 * that end in a head of names;</li>
 * <li>{@link AgentTyper}: people and organisations typed by the shape and role of their names;</li>
 * <li>{@link KnownOrganizations}: an untyped name on the shipped list of organisations becomes an Organization;</li>
 * <li>{@link CopulaTyper}: "[Zeta|Application] is a programming language" types Zeta a Language, in the whole document;</li>
 * <li>{@link SplitSymbolJoiner}: "C/C" + "++" split by the tokeniser taken back into one name;</li>
 * <li>{@link ModelSuffixJoiner}: "EliteBook" + "830" + "G5" as one name, a lone "G5" after a bare number dropped;</li>
 * <li>{@link ModelNumberJoiner}: a found name and its model number ("Zorbix" + "3600"), a standards body and its
 * number ("IEEE" + "802.3");</li>
 * <li>{@link AbbreviationPeriod}: "Litton Systems Inc ." takes back the period of its abbreviation;</li>
 * <li>{@link LicenceLineNamer}: in a README's licence section, a line that only names the licence ("MIT",
 * "MIT © Jane Doe") holds one License mention over that name;</li>
 * <li>{@link VersionSplitter}: "FreeBSD 4.8" to "FreeBSD" with version 4.8;</li>
 * <li>{@link BasedNameSplitter}: "Linux-based" names Linux;</li>
 * <li>{@link MarkupGapSplitter}: a raw Markdown name cut where it runs across link or emphasis markup;</li>
 * <li>{@link ChangeVerbTrimmer}: the verb or label opening a change log's line ("Drop Node.js 14", "REFACTOR use")
 * is no part of a name;</li>
 * <li>{@link InlineCodeFilter}: an identifier in inline code ("`fillBlockCache`", "`Room.getStats`") names no
 * software;</li>
 * <li>{@link OverlapResolver}: no two mentions overlap.</li>
 * </ol>
 * Cleaning comes before finding, so that found names do not collide with spans about to shrink; versions
 * are split last so that found names get theirs too. Untagged names found by shape get
 * {@link Mention#UNTYPED} unless the document types the same text elsewhere.
 */
public final class MentionRepair implements DocumentStage {

    private final List<Repair> repairs;

    /** The standard repairs in the documented order. */
    public MentionRepair() {
        this(standardRepairs());
    }

    /** Custom repairs, applied in the given order. */
    public MentionRepair(List<Repair> repairs) {
        this.repairs = List.copyOf(repairs);
    }

    /** The standard repairs, in the order {@link MentionRepair} applies them. */
    public static List<Repair> standardRepairs() {
        return List.of(new EdgeTrimmer(), new NonNameFilter(), new NameExtender(), new SubtitleJoiner(), new HeadNounTyper(),
                new GenericHeadTrimmer(), new KindPhraseAfterName(),
                new SubjectFinder(), new AbbreviationFinder(), new ShapeNameFinder(), new PackageNameFinder(), new InitialsNameFinder(),
                new ConnectedNameFinder(), new PersonNameFinder(), new CapitalisedNameFinder(), new CoordinatedNameJoiner(), new NameHeadJoiner(),
                new AgentTyper(), new KnownOrganizations(), new CopulaTyper(),
                new SplitSymbolJoiner(), new ModelSuffixJoiner(), new ModelNumberJoiner(),
                new AbbreviationPeriod(), new LicenceLineNamer(), new VersionSplitter(), new BasedNameSplitter(), new MarkupGapSplitter(),
                new ChangeVerbTrimmer(), new InlineCodeFilter(), new OverlapResolver());
    }

    /** The repairs, in order. */
    public List<Repair> repairs() {
        return repairs;
    }

    @Override
    public Document process(Document document) {
        List<Mention> mentions = new ArrayList<>(document.mentions());
        mentions.sort(Mentions.BY_POSITION);
        RepairContext context = null; // title and licence lines read once: no repair changes the text
        for (Repair repair : repairs) {
            if (repair instanceof WholeDocumentRepair whole) {
                mentions = whole.applyToDocument(document, mentions);
                continue;
            }
            context = context == null ? RepairContext.of(document, mentions) : context.withMentions(mentions);
            mentions = applyToSentences(repair, document, mentions, context);
        }
        return document.withMentions(mentions);
    }

    /** Applies one repair to every sentence of {@code document}, whose current mentions are {@code mentions}. */
    public static List<Mention> applyOne(Repair repair, Document document, List<Mention> mentions) {
        if (repair instanceof WholeDocumentRepair whole) {
            return whole.applyToDocument(document, mentions);
        }
        return applyToSentences(repair, document, mentions, RepairContext.of(document, mentions));
    }

    private static List<Mention> applyToSentences(Repair repair, Document document, List<Mention> mentions,
                                                  RepairContext context) {
        List<List<Mention>> bySentence = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            bySentence.add(new ArrayList<>());
        }
        for (Mention m : mentions) {
            bySentence.get(m.sentence()).add(m);
        }
        List<Mention> out = new ArrayList<>(mentions.size());
        for (Sentence s : document.sentences()) {
            out.addAll(repair.apply(s, bySentence.get(s.index()), context));
        }
        return out;
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.TOKENS, Annotation.POS, Annotation.MENTIONS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.MENTIONS);
    }
}
