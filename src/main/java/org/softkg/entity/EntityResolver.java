package org.softkg.entity;

import java.util.Optional;
import java.util.Set;
import org.softkg.model.Document;
import org.softkg.model.Entity;
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
 *       and with it every later use of the short name;</li>
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

    /**
     * The document's main subject: the entity named by its title, when some mention resolved to it
     * (a document whose text never names its title has none). Relation extraction resolves "It" and
     * "the project" to it.
     */
    public static Optional<Entity> mainSubject(Document document) {
        return DocumentTitle.subjectName(document.title())
                .map(IriMinter::mint)
                .flatMap(iri -> document.entities().stream().filter(e -> e.iri().equals(iri)).findFirst());
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
