package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Mention;
import org.softkg.model.Sentence;
import org.softkg.model.Span;
import org.softkg.model.Token;

class TagDecoderTest {

    private static List<Mention> decode(String... tokenTags) {
        List<Token> tokens = new ArrayList<>();
        for (String tt : tokenTags) {
            String[] p = tt.split(" ");
            tokens.add(Token.tagged(p[0], p[1]));
        }
        List<Mention> out = new ArrayList<>();
        TagDecoder.decode(Sentence.ofTokens(0, tokens), out);
        return out;
    }

    @Test
    void bioGivesOneMentionPerBegin() {
        List<Mention> m = decode("DragonFly O", "BSD B-Operating_System", "forked O", "from O",
                "Free B-License", "software I-License");
        assertEquals(List.of("BSD/Operating_System", "Free software/License"), Fixtures.show(m));
        assertEquals(new Span(4, 6), m.get(1).span());
    }

    @Test
    void iob1InsideWithoutBeginStartsAMention() {
        List<Mention> m = decode("uses O", "GNU I-Application", "Emacs I-Application", "daily O");
        assertEquals(List.of("GNU Emacs/Application"), Fixtures.show(m));
    }

    @Test
    void iob1BeginSplitsAdjacentMentionsOfOneType() {
        List<Mention> m = decode("FreeBSD I-Operating_System", "Linux B-Operating_System");
        assertEquals(List.of("FreeBSD/Operating_System", "Linux/Operating_System"), Fixtures.show(m));
    }

    @Test
    void brokenTypeChangeInsideARunStartsANewMention() {
        List<Mention> m = decode("HAMMER B-Application", "file I-Operating_System", "system I-Operating_System");
        assertEquals(List.of("HAMMER/Application", "file system/Operating_System"), Fixtures.show(m));
    }

    @Test
    void bareTypeTagActsAsInside() {
        List<Mention> m = decode("the O", "Boost Library", "libraries Library");
        assertEquals(List.of("Boost libraries/Library"), Fixtures.show(m));
    }

    @Test
    void mentionEndingTheSentenceIsClosed() {
        List<Mention> m = decode("runs O", "on O", "Linux B-Operating_System");
        assertEquals(new Span(2, 3), m.get(0).span());
    }

    @Test
    void untaggedSentenceGivesNoMention() {
        assertEquals(List.of(), decode("nothing O", "here O"));
    }
}
