package org.softkg.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.softkg.mention.TagDecoder;
import org.softkg.model.Document;
import org.softkg.model.Entity;
import org.softkg.model.Mention;
import org.softkg.model.Span;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.Pipeline;

class EntityResolverTest {

    private final EntityResolver resolver = new EntityResolver();

    private Document resolve(String title, String... sentences) {
        return resolver.process(Docs.doc("doc", title, sentences));
    }

    /** The IRI of the entity resolved for the mention written {@code text} (the first one). */
    private static String iriOf(Document d, String text) {
        return d.mentions().stream().filter(m -> m.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("no mention '" + text + "' in " + d.mentions()))
                .entity();
    }

    private static Entity entity(Document d, String text) {
        String iri = iriOf(d, text);
        return d.entities().stream().filter(e -> e.iri().equals(iri)).findFirst().orElseThrow();
    }

    @Test
    void sameNameInOtherCaseIsOneEntity() {
        Document d = resolve(null,
                "[FreeBSD|Operating_System] is old .",
                "Many use [freebsd|Operating_System] today .");
        assertEquals(1, d.entities().size());
        assertEquals(iriOf(d, "FreeBSD"), iriOf(d, "freebsd"));
        assertEquals("https://w3id.org/softkg/entity/freebsd", iriOf(d, "FreeBSD"));
    }

    @Test
    void everyMentionIsLinkedToAListedEntity() {
        Document d = resolve("DragonFly BSD",
                "[DragonFly BSD|Operating_System] is a [Unix-like operating system|Operating_System] .",
                "[DragonFly] uses the [HAMMER file system|Application] .",
                "[HAMMER|Application] and [threads|Operating_System] and a [thread|Operating_System] .");
        Set<String> iris = d.entities().stream().map(Entity::iri).collect(Collectors.toSet());
        assertEquals(d.entities().size(), iris.size(), "one entity per IRI");
        for (Mention m : d.mentions()) {
            assertNotNull(m.entity(), m.toString());
            assertTrue(iris.contains(m.entity()), m.toString());
        }
    }

    @Test
    void theTitlesFirstWordOpeningASentenceIsTheSubject() {
        // seventeenth session: "Zephyr" opening a sentence was read as a capitalised common word and stayed apart
        Document d = resolve("Zephyr OS",
                "[Zephyr OS|Operating_System] is an operating system .",
                "[Zephyr] includes a small shell .");
        assertEquals(iriOf(d, "Zephyr OS"), iriOf(d, "Zephyr"));
        // a typed short form of another kind stays apart, as before
        Document e = resolve("Free Pascal",
                "[Free Pascal|Language] is a compiler .",
                "[Free|License] and open software is common .");
        assertNotEquals(iriOf(e, "Free Pascal"), iriOf(e, "Free"));
    }

    @Test
    void iriIsMintedFromTheLabel() {
        Document d = resolve("DragonFly BSD",
                "[DragonFly] has [lightweight kernel threads|Operating_System] ( [LWKT] ) .",
                "[Threads|Operating_System] run ; a [thread|Operating_System] runs on the [HAMMER file system|Application] .",
                "[HAMMER|Application] is used by [the Xbox 360|Device] .");
        for (Entity e : d.entities()) {
            assertEquals(IriMinter.mint(e.label()), e.iri(), e.toString());
        }
    }

    @Test
    void shortFormJoinsTheLongerNameWrittenBefore() {
        Document d = resolve(null,
                "It was written by [Ada Quillwright|Person] .",
                "Later versions come from [Ada|Person] .");
        assertEquals(iriOf(d, "Ada Quillwright"), iriOf(d, "Ada"));
        Entity e = entity(d, "Ada");
        assertEquals("Ada Quillwright", e.label());
        assertEquals(Set.of("Ada"), e.aliases());
    }

    @Test
    void shortFormIsNoLongFormOfANamedComponent() {
        // "Zephyr GAC" and "Orbit Qt6" name a tool and a widget set of their own, not Zephyr or Orbit itself
        Document d = resolve(null,
                "The [Zephyr GAC|Application] tool and the [Orbit Qt6|Language] widgets .",
                "[Zephyr|Application] is a platform ; it has [Orbit|Language] bindings .");
        assertNotEquals(iriOf(d, "Zephyr GAC"), iriOf(d, "Zephyr"));
        assertNotEquals(iriOf(d, "Orbit Qt6"), iriOf(d, "Orbit"));
    }

    @Test
    void nameBeatsItselfFollowedByADescriptiveTail() {
        Document d = resolve(null,
                "It uses the [Zephyr file system|Application] .",
                "Snapshots come from [Zephyr|Application] .");
        assertEquals(iriOf(d, "Zephyr file system"), iriOf(d, "Zephyr"));
        Entity e = entity(d, "Zephyr");
        assertEquals("Zephyr", e.label());
        assertEquals(Set.of("Zephyr file system"), e.aliases());
    }

    @Test
    void shortFormOfTwoLongerNamesStaysApart() {
        Document d = resolve(null,
                "The [FreeBSD project|Operating_System] and the [FreeBSD kernel|Operating_System] .",
                "[FreeBSD|Operating_System] is old .");
        assertEquals(3, d.entities().size());
    }

    @Test
    void shortFormWrittenBeforeTheLongerNameStaysApart() {
        Document d = resolve(null,
                "[FreeBSD|Operating_System] is old .",
                "The [FreeBSD project|Operating_System] is older .");
        assertNotEquals(iriOf(d, "FreeBSD"), iriOf(d, "FreeBSD project"));
    }

    @Test
    void shortFormOfAnotherTypeStaysApart() {
        Document d = resolve(null,
                "The [FreeBSD Ports collection|Application] is big .",
                "[FreeBSD|Operating_System] is old .");
        assertNotEquals(iriOf(d, "FreeBSD"), iriOf(d, "FreeBSD Ports collection"));
    }

    @Test
    void hyphenatedNameIsNoLongerFormOfItsFirstPart() {
        Document d = resolve(null,
                "A [Unix-like|Operating_System] system .",
                "Unlike [Unix|Operating_System] itself .");
        assertNotEquals(iriOf(d, "Unix"), iriOf(d, "Unix-like"));
    }

    @Test
    void oneLetterNameIsNoShortForm() {
        Document d = resolve(null,
                "It uses the [C standard library|Language] .",
                "Written in [C|Language] .");
        assertNotEquals(iriOf(d, "C"), iriOf(d, "C standard library"));
    }

    @Test
    void lowerCaseWordIsNoShortForm() {
        Document d = resolve(null,
                "The [kernel debugger|Operating_System] helps .",
                "The [kernel|Operating_System] crashes .");
        assertNotEquals(iriOf(d, "kernel"), iriOf(d, "kernel debugger"));
    }

    @Test
    void titleIsTheMainSubject() {
        Document d = resolve("DragonFly BSD",
                "[DragonFly|Operating_System] is an operating system .",
                "[DragonFly BSD|Operating_System] was forked from [FreeBSD|Operating_System] .",
                "[DragonFly] has a [kernel|Operating_System] .");
        Entity subject = EntityResolver.mainSubject(d).orElseThrow();
        assertEquals("DragonFly BSD", subject.label());
        assertEquals(Set.of("DragonFly"), subject.aliases());
        assertEquals(Set.of("Operating_System"), subject.types());
        assertEquals(subject.iri(), iriOf(d, "DragonFly"));
        assertEquals(subject.iri(), iriOf(d, "DragonFly BSD"));
        assertEquals(IriMinter.mint("DragonFly BSD"), subject.iri());
    }

    @Test
    void titleShortFormAloneMakesTheMainSubject() {
        Document d = resolve("DragonFly_BSD", "[DragonFly] is an operating system .");
        Entity subject = EntityResolver.mainSubject(d).orElseThrow();
        assertEquals("DragonFly BSD", subject.label());
        assertEquals(subject.iri(), iriOf(d, "DragonFly"));
    }

    @Test
    void titleQualifierIsNotPartOfTheSubject() {
        Document d = resolve("Mach (kernel)", "[Mach|Operating_System] is a microkernel .");
        assertEquals("Mach", EntityResolver.mainSubject(d).orElseThrow().label());
    }

    @Test
    void noMainSubjectWhenTheTitleIsNeverNamed() {
        Document d = resolve("DragonFly BSD", "[FreeBSD|Operating_System] is old .");
        assertTrue(EntityResolver.mainSubject(d).isEmpty());
        assertTrue(EntityResolver.mainSubject(resolve(null, "[FreeBSD|Operating_System] is old .")).isEmpty());
    }

    @Test
    void noMainSubjectWhenTheOpeningSentencesDoNotNameTheTitle() {
        // a file of unrelated sentences that names its file name only somewhere in the middle
        Document d = resolve("Zorblat",
                "[Quillix|Application] is a text editor .",
                "[Vexa|Library] parses [YAML|Language] .",
                "[Murnix|Operating_System] runs on [ARM|Architecture] .",
                "The [Zorblat|Application] tool is mentioned here .");
        assertTrue(EntityResolver.mainSubject(d).isEmpty());
        Document opening = resolve("Zorblat",
                "[Quillix|Application] is a text editor .",
                "[Zorblat|Application] is a tool .");
        assertEquals("Zorblat", EntityResolver.mainSubject(opening).orElseThrow().label());
    }

    @Test
    void anAbbreviationUsedBeforeItsDefinitionKeepsItsOwnMeaning() {
        // "QRM" is already a name of its own when the document later spells out another "QRM"
        Document d = resolve(null,
                "The [QRM|Architecture] chip is fast .",
                "It uses the [Quick Rewriting Method|Algorithm] ( [QRM|Algorithm] ) .",
                "Boards with [QRM|Architecture] are cheap .");
        assertNotEquals(iriOf(d, "Quick Rewriting Method"), d.mentions().get(0).entity());
        assertNotEquals(iriOf(d, "Quick Rewriting Method"), d.mentions().get(3).entity());
    }

    @Test
    void abbreviationInParenthesesJoinsTheLongForm() {
        Document d = resolve(null,
                "It implements [lightweight kernel threads|Operating_System] ( [LWKT|Operating_System] ) .",
                "The [LWKT] subsystem is fast .");
        Entity e = entity(d, "lightweight kernel threads");
        assertEquals("lightweight kernel threads", e.label());
        assertEquals(Set.of("LWKT"), e.aliases());
        assertEquals(e.iri(), d.mentions().get(1).entity());
        assertEquals(e.iri(), d.mentions().get(2).entity());
        assertEquals(IriMinter.NAMESPACE + "lightweight_kernel_thread", e.iri());
    }

    @Test
    void unrelatedNameInParenthesesStaysApart() {
        Document d = resolve(null, "An [object-oriented language|Language] ( [Java|Language] ) .");
        assertEquals(2, d.entities().size());
    }

    @Test
    void versionsDoNotSplitAnEntity() {
        Document d = resolve(null,
                "Forked from [FreeBSD|Operating_System|v4.8] .",
                "Threading in [FreeBSD|Operating_System|v5] was slow .",
                "[FreeBSD|Operating_System] is still alive .");
        assertEquals(1, d.entities().size());
        Entity e = d.entities().getFirst();
        assertEquals("FreeBSD", e.label());
        assertEquals(Set.of(), e.aliases());
    }

    @Test
    void versionInMentionTextIsDropped() {
        Document doc = Docs.doc("doc", null, "Forked from FreeBSD 4.8 .");
        Mention withVersionText = new Mention(0, new Span(2, 4), "Operating_System", "FreeBSD 4.8", "4.8", null);
        Document d = resolver.process(doc.withMentions(List.of(withVersionText)));
        assertEquals("FreeBSD", d.entities().getFirst().label());
    }

    @Test
    void untypedMentionJoinsTheTypedEntityOfItsName() {
        Document d = resolve(null,
                "[Linux|Operating_System] is a kernel .",
                "Many run [linux] .");
        assertEquals(1, d.entities().size());
        assertEquals(Set.of("Operating_System"), d.entities().getFirst().types());
    }

    @Test
    void untypedOnlyEntityHasNoType() {
        Document d = resolve(null, "[Matthew Dillon] wrote it .");
        assertEquals(Set.of(), d.entities().getFirst().types());
    }

    @Test
    void majorityTypeWins() {
        String[] sentences = new String[10];
        for (int i = 0; i < 9; i++) {
            sentences[i] = "[FreeBSD|Operating_System] runs .";
        }
        sentences[9] = "[FreeBSD|Application] runs .";
        assertEquals(Set.of("Operating_System"), resolve(null, sentences).entities().getFirst().types());
    }

    @Test
    void typeTieGoesToTheFirstDeclaredType() {
        Document d = resolve(null, "[FreeBSD|Operating_System] and [FreeBSD|Application] .");
        assertEquals(Set.of("Application"), d.entities().getFirst().types());
    }

    @Test
    void sentenceInitialPluralJoinsTheCommonNoun() {
        Document d = resolve(null,
                "[Threads|Operating_System] are cheap .",
                "Each [thread|Operating_System] has a stack .");
        assertEquals(1, d.entities().size());
        assertEquals("thread", d.entities().getFirst().label());
        assertEquals(Set.of("Threads"), d.entities().getFirst().aliases());
    }

    @Test
    void pluralOfCommonNounIsOneEntity() {
        Document d = resolve(null,
                "It has a [file system|Application] .",
                "It supports two [file systems|Application] .",
                "Also a [file system|Application] .");
        assertEquals(1, d.entities().size());
        assertEquals("file system", d.entities().getFirst().label());
        assertEquals(Set.of("file systems"), d.entities().getFirst().aliases());
    }

    @Test
    void articleIsNotPartOfTheLabel() {
        Document d = resolve(null, "He bought [the Xbox 360|Device] .", "[Xbox 360|Device] games .");
        assertEquals("Xbox 360", d.entities().getFirst().label());
        assertEquals(Set.of(), d.entities().getFirst().aliases());
    }

    @Test
    void sameResultOnEveryRun() {
        String[] text = {"[DragonFly] forked [FreeBSD|Operating_System|v4.8] ( [FBSD] ) .",
                "[HAMMER file system|Application] and [HAMMER|Application] ."};
        assertEquals(resolve("DragonFly BSD", text), resolve("DragonFly BSD", text));
    }

    @Test
    void twoDocumentsGiveTheSameIrisInEitherOrder() {
        Document a = Docs.doc("a", "DragonFly BSD",
                "[DragonFly] forked from [FreeBSD|Operating_System] .", "[freebsd|Operating_System] again .");
        Document b = Docs.doc("b", "FreeBSD",
                "[FreeBSD|Operating_System] inspired [DragonFly BSD|Operating_System] .");
        Document a1 = resolver.process(a);
        Document b1 = resolver.process(b);
        EntityResolver other = new EntityResolver();
        Document b2 = other.process(b);
        Document a2 = other.process(a);
        assertEquals(labelsToIris(a1, b1), labelsToIris(a2, b2));
        assertEquals(iriOf(a1, "FreeBSD"), iriOf(b1, "FreeBSD"));
        assertEquals(iriOf(a1, "DragonFly"), iriOf(b1, "DragonFly BSD"));
    }

    private static Map<String, String> labelsToIris(Document... docs) {
        return Arrays.stream(docs).flatMap(d -> d.mentions().stream())
                .collect(Collectors.toMap(Mention::text, Mention::entity, (x, y) -> {
                    assertEquals(x, y);
                    return x;
                }, TreeMap::new));
    }

    @Test
    void stageComesAfterMentions() {
        assertEquals(Set.of(Annotation.MENTIONS), resolver.requires());
        assertEquals(Set.of(Annotation.ENTITIES), resolver.provides());
        Pipeline.builder().input(Annotation.TOKENS, Annotation.TAGS).add(new TagDecoder()).add(resolver).build();
    }

    @Test
    void anAbbreviationWithAndWithoutItsPeriodIsOneEntityLabelledWithIt() {
        Document d = resolve(null,
                "Quill was developed by [Zeta Inc|Organization] in 1999 .",
                "Orbo was developed by [Zeta Inc.|Organization] , a software company .",
                "Mira was made by [Zeta Inc|Organization] too .");
        assertEquals(1, d.entities().size());
        assertEquals(iriOf(d, "Zeta Inc"), iriOf(d, "Zeta Inc."));
        assertEquals("Zeta Inc.", entity(d, "Zeta Inc").label());
        assertEquals("https://w3id.org/softkg/entity/zeta_inc", iriOf(d, "Zeta Inc"));
    }
}
