package org.softkg.mention;

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
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;
import org.softkg.nlp.PosLemmaAnnotator;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.Pipeline;

class MentionRepairTest {

    private static final Path EXAMPLE = Path.of("examples", "DragonFly_BSD.txt");

    /** Reads a WikiSER file: "<s>", "TOKEN\tTAG" lines, "</s>" (a minimal reader for this test only). */
    private static List<Sentence> readWikiSer(Path file) throws IOException {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            if ("</s>".equals(line)) {
                sentences.add(Sentence.ofTokens(sentences.size(), tokens));
                tokens = new ArrayList<>();
            } else if (!line.isBlank() && !"<s>".equals(line)) {
                String[] f = line.split("\t");
                tokens.add(Token.tagged(f[0], f[1]));
            }
        }
        return sentences;
    }

    private static Document run(Document read) {
        return Pipeline.builder().input(Annotation.TOKENS, Annotation.TAGS)
                .add(new PosLemmaAnnotator()).add(new TagDecoder()).add(new MentionRepair())
                .build().process(read);
    }

    private static Document dragonFly() throws IOException {
        Assumptions.assumeTrue(Files.exists(EXAMPLE), "no " + EXAMPLE.toAbsolutePath());
        return run(Document.of("DragonFly_BSD", "DragonFly BSD", EXAMPLE.toString(), readWikiSer(EXAMPLE)));
    }

    @Test
    void dragonFlyFirstSentenceGetsCleanMentions() {
        String[][] tagged = {{"DragonFly", "O"}, {"BSD", "B-Operating_System"}, {"is", "O"}, {"a", "O"},
            {"free", "B-License"}, {"and", "I-License"}, {"open-source", "I-License"}, {"Unix-like", "B-Operating_System"},
            {"operating", "I-Operating_System"}, {"system", "I-Operating_System"}, {"forked", "B-Application"},
            {"from", "O"}, {"FreeBSD", "B-Operating_System"}, {"4.8", "O"}, {".", "O"}};
        List<Token> tokens = new ArrayList<>();
        for (String[] t : tagged) {
            tokens.add(Token.tagged(t[0], t[1]));
        }
        Document d = run(Document.of("DragonFly_BSD", "DragonFly BSD", "inline", List.of(Sentence.ofTokens(0, tokens))));
        assertEquals(List.of("DragonFly BSD/Operating_System", "free and open-source/License",
                "Unix-like operating system/Operating_System", "FreeBSD/Operating_System v4.8"), Fixtures.show(d.mentions()));
    }

    @Test
    void stageNeedsPosAndDecodedMentions() {
        MentionRepair stage = new MentionRepair();
        assertEquals(Set.of(Annotation.TOKENS, Annotation.POS, Annotation.MENTIONS), stage.requires());
        assertEquals(Set.of(Annotation.MENTIONS), stage.provides());
    }

    @Test
    void repairsRunInTheDocumentedOrder() {
        assertEquals(List.of("EdgeTrimmer", "NonNameFilter", "NameExtender", "SubtitleJoiner", "HeadNounTyper", "GenericHeadTrimmer", "KindPhraseAfterName", "SubjectFinder",
                "AbbreviationFinder", "ShapeNameFinder", "PackageNameFinder", "InitialsNameFinder", "ConnectedNameFinder", "PersonNameFinder", "CapitalisedNameFinder", "CoordinatedNameJoiner", "NameHeadJoiner",
                "AgentTyper", "KnownOrganizations", "CopulaTyper", "SplitSymbolJoiner", "ModelSuffixJoiner", "ModelNumberJoiner", "AbbreviationPeriod", "LicenceLineNamer", "VersionSplitter", "BasedNameSplitter", "MarkupGapSplitter",
                "ChangeVerbTrimmer", "InlineCodeFilter", "OverlapResolver"),
                new MentionRepair().repairs().stream().map(Repair::name).toList());
    }

    @Test
    void dragonFlyDocumentHasNoVerbPronounOrBareNumberMention() throws IOException {
        Document d = dragonFly();
        for (Mention m : d.mentions()) {
            Sentence s = d.sentences().get(m.sentence());
            if (m.span().length() == 1) {
                Token t = s.token(m.span().start());
                assertFalse(NonNameFilter.isVerbForm(s, m.span().start()), () -> "verb " + m);
                assertFalse(ClosedClass.isPronoun(t.text(), m.span().start()), () -> "pronoun " + m);
                assertFalse("PRON".equals(t.pos()) && !Character.isUpperCase(t.text().charAt(0)), () -> "pronoun " + m);
                assertFalse(TokenShape.isNumber(t.text()), () -> "number " + m);
            }
            assertFalse(TokenShape.isPunctuation(s.token(m.span().start()).text()), () -> "punctuation first " + m);
            assertFalse(TokenShape.isPunctuation(s.token(m.span().end() - 1).text()), () -> "punctuation last " + m);
        }
    }

    @Test
    void dragonFlyDocumentMentionsAreSortedAndDisjoint() throws IOException {
        List<Mention> mentions = dragonFly().mentions();
        for (int i = 1; i < mentions.size(); i++) {
            Mention a = mentions.get(i - 1);
            Mention b = mentions.get(i);
            assertTrue(a.sentence() < b.sentence() || (a.sentence() == b.sentence() && a.span().end() <= b.span().start()),
                    () -> a + " before " + b);
        }
    }

    @Test
    void dragonFlyDocumentNamesItsSubjectAndItsParentsVersion() throws IOException {
        Document d = dragonFly();
        List<String> first = Fixtures.show(d.mentionsIn(0));
        assertTrue(first.contains("DragonFly BSD/Operating_System"), first::toString);
        assertTrue(first.contains("FreeBSD/Operating_System v4.8"), first::toString);
        assertTrue(d.mentions().stream().noneMatch(m -> m.text().equals("forked")));
        assertTrue(Fixtures.show(d.mentionsIn(2)).contains("DragonFly/Operating_System"), () -> Fixtures.show(d.mentionsIn(2)).toString());
        assertTrue(Fixtures.show(d.mentionsIn(3)).contains("FreeBSD/Operating_System"), () -> Fixtures.show(d.mentionsIn(3)).toString());
        assertTrue(Fixtures.show(d.mentionsIn(47)).contains("CARP/Application"), () -> Fixtures.show(d.mentionsIn(47)).toString());
        assertTrue(Fixtures.show(d.mentionsIn(75)).contains("USB4BSD/" + Mention.UNTYPED), () -> Fixtures.show(d.mentionsIn(75)).toString());
    }
}
