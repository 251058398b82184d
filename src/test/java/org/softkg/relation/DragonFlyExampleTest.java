package org.softkg.relation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.softkg.mention.TagDecoder;
import org.softkg.model.Document;
import org.softkg.model.Fact;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;
import org.softkg.nlp.PosLemmaAnnotator;

/**
 * The facts of the example document: its sentences as mention repair leaves them (clean mentions,
 * versions split off), and the raw file with its noisy tags.
 */
class DragonFlyExampleTest {

    private static final RuleSet DEFAULT = RuleSet.loadDefault(RelationNames.CORE);

    private static Set<String> facts(String markup) {
        return Docs.facts(DEFAULT, markup);
    }

    @Test
    void firstSentenceGivesForkedFrom() {
        assertEquals(Set.of("dragonfly bsd forkedFrom freebsd"), facts("[DragonFly BSD|Operating_System] is a"
                + " [free and open-source|License] [Unix-like operating system|Operating_System] forked from"
                + " [FreeBSD|Operating_System] 4.8 ."));
    }

    @Test
    void forkStillFoundWhenTheVerbStaysTaggedAsAMention() {
        assertEquals(Set.of("dragonfly bsd forkedFrom freebsd"), facts("[DragonFly BSD|Operating_System] is a"
                + " [free and open-source|License] [Unix-like operating system|Operating_System] [forked|Application]"
                + " from [FreeBSD|Operating_System] 4.8 ."));
    }

    @Test
    void successorInApposition() {
        assertEquals(Set.of("hammer2 successorOf hammer file system"), facts("[HAMMER2|Application] , the successor"
                + " of the [HAMMER file system|Application] , is now considered stable , used by default , and the"
                + " focus of further development ."));
    }

    @Test
    void untypedNameImportedFrom() {
        assertEquals(Set.of("usb4bsd importedFrom freebsd"), facts("[USB4BSD|Name] imported from [FreeBSD|Operating_System] ."));
        assertEquals(Set.of("puffs importedFrom netbsd"), facts("[PUFFS|Application] imported from [NetBSD|Device] ."));
    }

    @Test
    void supportsBothFileSystems() {
        assertEquals(Set.of("dragonfly bsd supports hammer", "dragonfly bsd supports hammer2"),
                facts("Alongside the [Unix File System|Operating_System] , which is typically the default"
                        + " [file system|Application] on [BSDs|Operating_System] , [DragonFly BSD|Operating_System]"
                        + " supports the [HAMMER|Application] and [HAMMER2|Application] [file systems|Application] ."));
    }

    @Test
    void licenseSentence() {
        assertEquals(Set.of("dragonfly license bsd license"), facts("Like the other [free and open-source|License]"
                + " [BSDs|Operating_System] , [DragonFly|Operating_System] is distributed under the terms of the"
                + " modern version of the [BSD license|Operating_System] ."));
    }

    @Test
    void rawFileGivesNoFactOnAVerbNumberOrPronoun() throws IOException {
        Path file = Path.of("examples/DragonFly_BSD.txt");
        Assumptions.assumeTrue(Files.exists(file), "example document not found at " + file.toAbsolutePath());
        Document raw = readWikiSer(file);
        List<Mention> mentions = new ArrayList<>();
        for (Sentence s : raw.sentences()) {
            TagDecoder.decode(s, mentions);
        }
        Document in = new PosLemmaAnnotator().process(raw)
                .withMentions(mentions.stream().map(m -> m.withEntity(Docs.iri(m.text()))).toList());
        Document out = new RelationExtractor(DEFAULT).process(in);
        assertFalse(out.facts().isEmpty());
        for (Fact f : out.facts()) {
            Sentence s = out.sentences().get(f.evidence().sentence());
            for (Span span : List.of(f.evidence().subjectSpan(), f.evidence().objectSpan())) {
                assertTrue(span.length() > 1 || isNameLike(s.token(span.start())), f + " in: " + s.text());
            }
        }
        Set<String> shown = Docs.show(out.facts());
        assertTrue(shown.contains("puffs importedFrom netbsd"), shown.toString());
        assertTrue(shown.contains("hammer2 successorOf hammer file system"), shown.toString());
    }

    private static boolean isNameLike(Token t) {
        return !Set.of("VERB", "NUM", "PRON").contains(t.pos()) && t.text().chars().anyMatch(Character::isLetter);
    }

    /** A tiny reader for the WikiSER format: {@code <s>}, TOKEN TAB TAG lines, {@code </s>}. */
    private static Document readWikiSer(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if (line.equals("</s>")) {
                sentences.add(Sentence.ofTokens(sentences.size(), tokens));
                tokens = new ArrayList<>();
            } else if (!line.isEmpty() && !line.equals("<s>")) {
                String[] f = line.split("\t");
                tokens.add(Token.tagged(f[0], f[1]));
            }
        }
        return Document.of("DragonFly_BSD", "DragonFly BSD", file.toString(), sentences);
    }
}
