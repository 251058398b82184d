package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class NonNameFilterTest {

    private static List<String> filter(String sentence) {
        return Fixtures.show(Fixtures.repair(new NonNameFilter(), Fixtures.document(null, sentence)));
    }

    @Test
    void dropsPastTenseVerbTaggedAsName() {
        assertEquals(List.of("FreeBSD/Operating_System"),
                filter("system/NOUN forked/VERB/B-Application from/ADP FreeBSD/PROPN/B-Operating_System"));
    }

    @Test
    void dropsBaseVerbAfterTo() {
        assertEquals(List.of(), filter("causes/VERB the/DET process/NOUN to/PART terminate/VERB/B-Operating_System"));
    }

    @Test
    void keepsGerundThatNamesAConcept() {
        assertEquals(List.of("polling/General_Concept"),
                filter("an/DET alternative/ADJ to/ADP active/ADJ polling/VERB/B-General_Concept"));
    }

    @Test
    void dropsACommandLineOptionButKeepsAHyphenatedName() {
        assertEquals(List.of("Qorva/Application"),
                filter("Qorva/PROPN/B-Application requires/VERB --compilerHost/NOUN/B-Application"));
        assertEquals(List.of("Wi-Fi/Protocol"), filter("needs/VERB Wi-Fi/PROPN/B-Protocol"));
    }

    @Test
    void dropsACommitHashButKeepsAHexLookingName() {
        assertEquals(List.of("Qorva/Application"),
                filter("Qorva/PROPN/B-Application fix/NOUN (/PUNCT fd65464/NOUN/B-Application )/PUNCT"));
        assertEquals(List.of("Z80/Device", "deadbeef/Application"),
                filter("the/DET Z80/PROPN/B-Device and/CCONJ deadbeef/NOUN/B-Application"));
    }

    @Test
    void dropsPronoun() {
        assertEquals(List.of(), filter("announced/VERB it/PRON/B-Application on/ADP Monday/PROPN"));
    }

    @Test
    void dropsBareNumbersButKeepsChipNumbers() {
        assertEquals(List.of("8080/Device"),
                filter("the/DET 8080/NUM/B-Device of/ADP 1974/NUM/B-Device and/CCONJ 10.4/NUM/B-Application"));
    }

    @Test
    void keepsMultiTokenMentionsWithAVerbInside() {
        assertEquals(List.of("linked list/Data_Structure"),
                filter("a/DET linked/VERB/B-Data_Structure list/NOUN/I-Data_Structure"));
    }
}
