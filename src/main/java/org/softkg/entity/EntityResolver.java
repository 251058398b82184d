package org.softkg.entity;

import java.util.Optional;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Sentence;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Resolves a document's mentions to entities: one entity per real thing, every mention linked to
 * its entity's IRI ({@link org.softkg.model.Mention#entity()}), the entities listed on the document in
 * order of first mention. Within a document these mentions name one entity:
 * <ol>
 *   <li>mentions with the same {@link LabelNormalizer#key key} (case, hyphens, plurals of common
 *       nouns, "the", possessives and versions do not matter; an untyped mention joins the typed
 *       entity of its name);</li>
 *   <li>{@code long ( short )} where the short one abbreviates the long one ({@link Abbreviations}),
 *       and with it every use of the short name, unless the document used the short name before (then it
 *       had a meaning of its own there);</li>
 *   <li>the title's name and its first words ("DragonFly" for the title "DragonFly BSD"): the main
 *       subject;</li>
 *   <li>a name that is the first words of exactly one longer name written earlier, with the same
 *       majority type ("HAMMER" after "HAMMER file system").</li>
 * </ol>
 * Short forms (3, 4) must look like names (not a lower-case common noun) and have at least two
 * characters. Across documents nothing is shared: IRIs are minted from the canonical label's key
 * ({@link IriMinter}), so two documents naming FreeBSD give the same IRI. Stateless and thread-safe.
 */
public final class EntityResolver implements DocumentStage {

    @Override
    public Document process(Document document) {
        return DocumentResolution.resolve(document);
    }

    /** How many opening sentences must name the title for the document to have a main subject. */
    static final int SUBJECT_OPENING_SENTENCES = 3;

    /**
     * The document's main subject: the entity named by its title, when a mention in one of the document's
     * first {@value #SUBJECT_OPENING_SENTENCES} sentences resolved to it. An article names its subject in
     * its opening; a file of unrelated sentences (a corpus split such as {@code dev.txt}, read as one
     * document) that happens to use its file name somewhere has none, so its subject-less sentences are not
     * attributed to the file. A Markdown text with headings (a README, a documentation page) is about its title
     * wherever it names it: a README whose title heading is a logo may name itself first in its tenth section.
     * Relation extraction resolves "It" and "the project" to it.
     */
    public static Optional<Entity> mainSubject(Document document) {
        return DocumentTitle.subjectName(document.title())
                .map(IriMinter::mint)
                .filter(iri -> namedInOpening(document, iri))
                .flatMap(iri -> document.entities().stream().filter(e -> e.iri().equals(iri)).findFirst());
    }

    /**
     * How many opening sentences of a document with headings or list items (a README, notes) may name its
     * title: such a text often opens with a tag line, a badge row's leftovers or a short list before it names
     * itself ("A fast client for Zeta . Supports Zeta 2 . Quill is a stable project ...").
     */
    static final int SUBJECT_OPENING_SENTENCES_OF_READMES = 8;

    private static boolean namedInOpening(Document document, String iri) {
        boolean readme = document.sentences().stream().anyMatch(s -> s.block() != Sentence.Block.TEXT);
        int opening = document.sentences().stream().anyMatch(Sentence::heading) ? Integer.MAX_VALUE
                : readme ? SUBJECT_OPENING_SENTENCES_OF_READMES : SUBJECT_OPENING_SENTENCES;
        return document.mentions().stream()
                .anyMatch(m -> m.sentence() < opening && iri.equals(m.entity()));
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.MENTIONS);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.ENTITIES);
    }
}
