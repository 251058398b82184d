package org.softkg.pipeline;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.softkg.entity.EntityMerge;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Evidence;
import org.softkg.model.Fact;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;

/**
 * Runs the stages that read a document as a whole (mention repair, entity resolution, document context, relation
 * extraction) either on the whole document or, for a collection of unrelated sentences ({@link UnrelatedSentences}),
 * on each sentence alone, as if it were a document of one sentence without a title. In such a collection, the
 * document-wide steps would join names across sentences that have nothing to do with each other ("Babel" with
 * another sentence's "Babel Fish"), type an untagged name by what other sentences call the same word, and link a
 * surname to someone else's full name. The sentences' results are put back together as one document: its mentions
 * and facts in place, its entities merged by IRI ({@link EntityMerge}). One instance per thread, like its stages.
 */
public final class SentenceScope implements DocumentStage {

    private final List<DocumentStage> stages;
    private final int threads;
    /** The stages of each helper thread that shares a collection's sentences (built on that thread when first needed). */
    private final ThreadLocal<List<DocumentStage>> helperStages;

    /** The stages, in order; the scope requires what they need and no earlier one of them provides. One thread. */
    public SentenceScope(List<DocumentStage> stages) {
        this(stages, 1, () -> stages);
    }

    /**
     * The stages, run on the sentences of a collection by up to {@code threads} threads ({@link SentenceChunks}): the
     * calling thread with {@code stages}, each helper with its own instances from {@code helperStages} (the same
     * stages, new instances: a stage is not thread-safe). The result is the same for any number of threads, since
     * each sentence is read on its own.
     */
    public SentenceScope(List<DocumentStage> stages, int threads, Supplier<List<DocumentStage>> helperStages) {
        if (stages.isEmpty()) {
            throw new IllegalArgumentException("no stage to scope");
        }
        this.stages = List.copyOf(stages);
        this.threads = Math.max(1, threads);
        this.helperStages = ThreadLocal.withInitial(() -> List.copyOf(helperStages.get()));
    }

    @Override
    public Document process(Document document) {
        if (!UnrelatedSentences.test(document)) {
            return runAll(stages, document);
        }
        List<List<Mention>> mentionsBySentence = new ArrayList<>();
        for (int i = 0; i < document.sentences().size(); i++) {
            mentionsBySentence.add(new ArrayList<>());
        }
        for (Mention m : document.mentions()) {
            mentionsBySentence.get(m.sentence()).add(at(m, 0));
        }
        List<Document> ones = new ArrayList<>(document.sentences().size());
        for (Sentence s : document.sentences()) {
            ones.add(new Document(document.id(), null, document.source(), List.of(reindexed(s, 0)),
                    mentionsBySentence.get(s.index()), List.of(), List.of()));
        }
        List<Document> done = SentenceChunks.map(ones, threads, one -> runAll(stages, one),
                () -> one -> runAll(helperStages.get(), one));
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        List<Entity> entities = new ArrayList<>();
        List<Fact> facts = new ArrayList<>();
        for (int k = 0; k < done.size(); k++) {
            Document d = done.get(k);
            int index = k;
            sentences.add(reindexed(d.sentences().getFirst(), k));
            d.mentions().forEach(m -> mentions.add(at(m, index)));
            entities.addAll(d.entities());
            d.facts().forEach(f -> facts.add(at(f, index)));
        }
        return new Document(document.id(), document.title(), document.source(), sentences, mentions,
                EntityMerge.merge(entities, mentions), facts);
    }

    private static Document runAll(List<DocumentStage> stages, Document document) {
        Document d = document;
        for (DocumentStage stage : stages) {
            d = stage.process(d);
        }
        return d;
    }

    private static Sentence reindexed(Sentence s, int index) {
        return s.index() == index ? s : new Sentence(index, s.tokens(), s.text(), s.block());
    }

    private static Mention at(Mention m, int sentence) {
        return new Mention(sentence, m.span(), m.type(), m.text(), m.version(), m.entity());
    }

    private static Fact at(Fact f, int sentence) {
        Evidence e = f.evidence();
        return new Fact(f.subject(), f.relation(), f.object(), f.confidence(), f.rule(),
                new Evidence(e.document(), sentence, e.subjectSpan(), e.objectSpan(), e.matchSpan()));
    }

    @Override
    public Set<Annotation> requires() {
        Set<Annotation> needed = EnumSet.noneOf(Annotation.class);
        Set<Annotation> made = EnumSet.noneOf(Annotation.class);
        for (DocumentStage s : stages) {
            for (Annotation a : s.requires()) {
                if (!made.contains(a)) {
                    needed.add(a);
                }
            }
            made.addAll(s.provides());
        }
        return needed;
    }

    @Override
    public Set<Annotation> provides() {
        Set<Annotation> out = EnumSet.noneOf(Annotation.class);
        stages.forEach(s -> out.addAll(s.provides()));
        return out;
    }

    @Override
    public String name() {
        return "SentenceScope" + stages.stream().map(DocumentStage::name).toList();
    }
}
