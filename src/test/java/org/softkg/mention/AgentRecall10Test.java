package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Makers the tags leave untagged and the eighth session's recall pass recognises (docs/relations-log.md, "Eighth session"): the untagged
 * subject of an active making verb, a lone capitalised word the tagger took for an adjective after "by", and a
 * name before an organisation noun after "the". Sentences and names are invented.
 */
class AgentRecall10Test {

    /** The mentions after the finders of untagged names and the agent typer, as "text/type" ({@link AgentTyperTest}). */
    private static List<String> typed(String... sentences) {
        return AgentTyperTest.typed(sentences);
    }

    @Test
    void untaggedSubjectOfAnActiveMakingVerbIsAMaker() {
        assertEquals(List.of("Zetacorp/Organization", "Quill/Application"),
                typed("Zetacorp/PROPN originally/ADV developed/VERB Quill/PROPN/B-Application for/ADP mainframes/NOUN ./PUNCT"));
        assertEquals(List.of("Zetacorp/Organization", "Quill/Application"),
                typed("Zetacorp/PROPN designed/VERB the/DET Quill/PROPN/B-Application ./PUNCT"));
        // a tag stays: software is said to develop too rarely to override it, and a participle is no subject's verb
        assertEquals(List.of("Zetacorp/Application", "Quill/Application"),
                typed("Zetacorp/PROPN/B-Application developed/VERB Quill/PROPN/B-Application ./PUNCT"));
        assertEquals(List.of("Zetacorp/Name", "Quill/Application"),
                typed("Zetacorp/PROPN ,/PUNCT developed/VERB in/ADP Quill/PROPN/B-Application ,/PUNCT runs/VERB ./PUNCT"));
    }

    @Test
    void aCapitalisedWordTakenForAnAdjectiveAfterByIsAName() {
        // a name now, typed by the relation rule that takes it as the developer ({O:*|Organization?})
        assertEquals(List.of("Otavia/Name", "Kappa Inc./Organization"),
                typed("it/PRON was/AUX developed/VERB by/ADP Otavia/ADJ and/CCONJ Kappa/PROPN Inc./PROPN ./PUNCT"));
        assertEquals(List.of("Otavia/Name"),
                typed("it/PRON was/AUX developed/VERB by/ADP Otavia/ADJ ./PUNCT"));
        // a nationality before a noun or another adjective stays an adjective
        assertEquals(List.of(), typed("it/PRON was/AUX developed/VERB by/ADP Japanese/ADJ and/CCONJ Korean/ADJ studios/NOUN ./PUNCT"));
        assertEquals(List.of(), typed("it/PRON was/AUX developed/VERB by/ADP Japanese/ADJ studios/NOUN ./PUNCT"));
    }

    @Test
    void aNameBeforeAnOrganisationNounAfterTheIsAnOrganisation() {
        assertEquals(List.of("Quill Adapter/Device", "ZXQ/Organization"),
                typed("the/DET Quill/PROPN/B-Device Adapter/PROPN/I-Device is/AUX produced/VERB by/ADP the/DET ZXQ/ADJ corporation/NOUN ./PUNCT"));
        // without "the" the name qualifies the noun ("Zeta-compatible ... ZXQ systems")
        assertEquals(List.of(), typed("it/PRON runs/VERB on/ADP ZXQ/ADJ systems/NOUN ./PUNCT"));
    }
}
