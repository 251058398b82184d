package org.softkg.mention;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.model.Document;
import org.softkg.model.Mention;
import org.softkg.model.Span;

class SurnameFinderTest {

    private static List<String> find(Document d) {
        return Fixtures.show(Fixtures.repair(new SurnameFinder(), d));
    }

    private static Document withName(String name, String type, String... sentences) {
        Document d = Fixtures.document(null, sentences);
        int words = name.split(" ").length;
        Mention m = Mentions.of(d.sentences().get(0), new Span(0, words), type, null);
        return d.withMentions(Mentions.merged(d.mentions(), List.of(m)));
    }

    @Test
    void lastWordOfAnUntypedNameAloneIsThatName() {
        Document d = withName("Matthew Dillon", Mention.UNTYPED, "Matthew/PROPN Dillon/PROPN wrote/VERB it/PRON",
                "Dillon/PROPN started/VERB DragonFly/PROPN");
        assertEquals(List.of("Matthew Dillon/Name", "Dillon/Name"), find(d));
    }

    @Test
    void lastWordOfATypedNameIsNot() {
        Document d = withName("Arch Linux", "Operating_System", "Arch/PROPN Linux/PROPN is/AUX small/ADJ",
                "Linux/PROPN runs/VERB");
        assertEquals(List.of("Arch Linux/Operating_System"), find(d));
    }

    @Test
    void lastWordOfANameThatIsNoPersonShapeIsNot() {
        Document d = withName("Microsoft SQL Server", Mention.UNTYPED, "Microsoft/PROPN SQL/PROPN Server/PROPN runs/VERB",
                "the/DET Server/PROPN is/AUX down/ADV");
        assertEquals(List.of("Microsoft SQL Server/Name"), find(d));
    }
}
