package org.softkg.context;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.softkg.entity.EntityResolver;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.DocumentStage;

/**
 * Document context: what a sentence means through the sentences around it and the document's title.
 * Runs after entity resolution and before relation extraction, in four steps:
 * <ol>
 *   <li>{@link RoleTyper}: untagged names whose role the sentence makes clear become Person or
 *       Organization entities ("X , a FreeBSD developer ,", "created by X", "X founded");</li>
 *   <li>{@link SurnameLinker}: a person's later bare surname is a mention of the person;</li>
 *   <li>{@link SubjectReferences}: in a document with a main subject (its title, named in its text),
 *       "It", "The project", "The operating system" and "Many design concepts" opening a clause become
 *       mentions of the subject's entity, so the relation rules read them like its name;</li>
 *   <li>{@link TopicPronouns}: any other "It" opening a sentence becomes a mention of the name that opens
 *       the sentence before ("[Quill] is a browser . It uses ...").</li>
 * </ol>
 * Entities that no mention names any longer (a surname that had an entity of its own) are dropped.
 * Stateless and thread-safe.
 */
public final class DocumentContext implements DocumentStage {

    static final Comparator<Mention> BY_POSITION = Comparator.comparingInt(Mention::sentence)
            .thenComparing(Mention::span);

    @Override
    public Document process(Document document) {
        Map<String, String> roles = RoleTyper.types(document);
        List<Entity> entities = new ArrayList<>();
        Set<String> retyped = new HashSet<>();
        for (Entity e : document.entities()) {
            String role = roles.get(e.iri());
            if (role != null && e.types().stream().allMatch(Mention.UNTYPED::equals)) {
                entities.add(new Entity(e.iri(), e.label(), e.aliases(), Set.of(role)));
                retyped.add(e.iri());
            } else {
                entities.add(e);
            }
        }
        List<Mention> mentions = new ArrayList<>();
        for (Mention m : document.mentions()) {
            boolean retype = retyped.contains(m.entity()) && Mention.UNTYPED.equals(m.type());
            mentions.add(retype ? m.withType(roles.get(m.entity())) : m);
        }
        mentions.sort(BY_POSITION);
        mentions = SurnameLinker.link(document.sentences(), mentions);
        Document typed = document.withMentions(mentions).withEntities(entities);
        Optional<Entity> subject = EntityResolver.mainSubject(typed);
        if (subject.isPresent()) {
            Set<String> classNouns = ClassNouns.of(typed.sentences(), mentions, subject.get());
            mentions = SubjectReferences.resolve(typed.sentences(), mentions, subject.get(), classNouns);
        }
        mentions = TopicPronouns.resolve(typed.sentences(), mentions);
        Set<String> named = new HashSet<>();
        mentions.forEach(m -> named.add(m.entity()));
        List<Entity> kept = entities.stream().filter(e -> named.contains(e.iri())).toList();
        return typed.withMentions(mentions).withEntities(kept);
    }

    @Override
    public Set<Annotation> requires() {
        return Set.of(Annotation.POS, Annotation.LEMMAS, Annotation.ENTITIES);
    }

    @Override
    public Set<Annotation> provides() {
        return Set.of(Annotation.MENTIONS, Annotation.ENTITIES);
    }
}
