package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Token;
import org.softkg.nlp.PosLemmaAnnotator;
import org.softkg.pipeline.Annotation;
import org.softkg.pipeline.Pipeline;

/** {@link CoordinatedNameJoiner} in the full repair chain, on invented sentences ("word/B-TYPE"; an untagged word is O). */
class CoordinatedNameJoinerTest {

    private static List<String> shown(String tagged) {
        List<Token> tokens = new ArrayList<>();
        for (String w : tagged.split(" ")) {
            int cut = Math.max(w.lastIndexOf("/B-"), w.lastIndexOf("/I-"));
            tokens.add(cut > 0 ? Token.tagged(w.substring(0, cut), w.substring(cut + 1)) : Token.tagged(w, "O"));
        }
        Document d = Document.of("t", "Nothing Here", "inline", List.of(Sentence.ofTokens(0, tokens)));
        d = Pipeline.builder().input(Annotation.TOKENS, Annotation.TAGS)
                .add(new PosLemmaAnnotator()).add(new TagDecoder()).add(new MentionRepair()).build().process(d);
        return d.mentions().stream().map(m -> m.text() + "/" + m.type()).toList();
    }

    @Test
    void aCoordinationInsideAnOrganisationsNameDoesNotCutIt() {
        List<String> m = shown("Quillpad/B-Application was conceived in 2001 by the Contoso Research Learning Science and Technology team"
                + " and released under a shared/B-License source/I-License license .");
        assertTrue(m.contains("Contoso Research Learning Science and Technology team/Organization"), m.toString());
        assertFalse(m.stream().anyMatch(x -> x.startsWith("Contoso Research Learning Science/")), m.toString());
    }

    @Test
    void twoTeamsOrANameOfItsOwnAfterTheCoordinationStayApart() {
        List<String> plural = shown("Quillpad/B-Application was built by the Contoso Research and Zeta Labs teams in 2001 .");
        assertFalse(plural.stream().anyMatch(x -> x.contains(" and ")), plural.toString());
        List<String> tagged = shown("Quillpad/B-Application was built by the Contoso Research and Zeta/B-Organization group in 2001 .");
        assertFalse(tagged.stream().anyMatch(x -> x.contains(" and ")), tagged.toString());
    }
}
