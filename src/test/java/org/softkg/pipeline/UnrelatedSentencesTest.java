package org.softkg.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

class UnrelatedSentencesTest {

    /** A document of {@code names.length} one-name sentences "NAME is here ." */
    private static Document doc(String... names) {
        List<Sentence> sentences = new ArrayList<>();
        List<Mention> mentions = new ArrayList<>();
        for (String n : names) {
            int i = sentences.size();
            sentences.add(Sentence.ofTokens(i, List.of(Token.tagged(n, "B-Application"), Token.tagged("is", "O"),
                    Token.tagged("here", "O"), Token.tagged(".", "O"))));
            mentions.add(Mention.of(i, new Span(0, 1), "Application", n));
        }
        return Document.of("d", null, "d", sentences).withMentions(mentions);
    }

    private static String[] names(int n, boolean recurring) {
        String[] out = new String[n];
        for (int i = 0; i < n; i++) {
            out[i] = recurring && i % 2 == 0 ? "Orbix" : "Name" + i;
        }
        return out;
    }

    @Test
    void sentencesThatNeverNameWhatTheirNeighboursNamedAreACollection() {
        assertTrue(UnrelatedSentences.test(doc(names(30, false))));
    }

    @Test
    void sentencesThatKeepNamingTheirSubjectAreOneText() {
        assertFalse(UnrelatedSentences.test(doc(names(30, true))));
    }

    @Test
    void aDocumentWithAHeadingIsOneTextWhateverItsSectionsName() {
        Document d = doc(names(30, false));
        List<Sentence> sentences = new ArrayList<>(d.sentences());
        sentences.set(10, sentences.get(10).inBlock(Sentence.Block.HEADING));
        assertFalse(UnrelatedSentences.test(Document.of("d", null, "d", sentences).withMentions(d.mentions())),
                "a README's sections name different things but are about one subject");
    }

    @Test
    void aShortDocumentIsAlwaysOneText() {
        assertFalse(UnrelatedSentences.test(doc(names(UnrelatedSentences.MIN_SENTENCES - 1, false))));
    }

    @Test
    void theShareCountsSentencesThatNameWhatOneOfTheThreeBeforeNamed() {
        // sentence 3 names what sentence 0 named (within three), sentence 8 what sentence 4 named (too far back)
        List<Set<String>> names = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            names.add(Set.of("n" + i));
        }
        names.set(3, Set.of("n0"));
        names.set(8, Set.of("n4"));
        assertEquals(1.0 / 8, UnrelatedSentences.sharedShare(names), 1e-9);
        // sentences that name nothing are not counted
        names.set(5, Set.of());
        names.set(6, Set.of());
        assertEquals(1.0 / 6, UnrelatedSentences.sharedShare(names), 1e-9);
    }

    @Test
    void aTextWhoseSentencesMostlyNameNothingIsOneText() {
        String[] names = names(60, false);
        Document d = doc(names);
        // only every third sentence names something: 20 naming sentences, none shared
        List<Mention> sparse = d.mentions().stream().filter(m -> m.sentence() % 3 == 0).toList();
        assertTrue(UnrelatedSentences.test(d.withMentions(sparse)));
        List<Mention> sparser = d.mentions().stream().filter(m -> m.sentence() % 4 == 0).toList();
        assertFalse(UnrelatedSentences.test(d.withMentions(sparser)), "15 naming sentences are too few to tell");
    }
}
