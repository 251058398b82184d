package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

class GazetteerTest {

    private static NameSample sample(String text, Span... names) {
        return new NameSample(text.split(" "), names, false);
    }

    /** "Haiku" is tagged in 1 of its 4 occurrences, "Debian GNU" in both of its 2. */
    private static List<NameSample> samples() {
        List<NameSample> out = new ArrayList<>();
        out.add(sample("Haiku is an operating system", new Span(0, 1, "Operating_System")));
        out.add(sample("a haiku is a poem"));
        out.add(sample("Haiku has three lines"));
        out.add(sample("Haiku again"));
        out.add(sample("Debian GNU runs here", new Span(0, 2, "Operating_System")));
        out.add(sample("we like Debian GNU", new Span(2, 4, "Operating_System")));
        return out;
    }

    @Test
    void namesCarryTheShareOfTheirOccurrencesThatAreTagged() {
        Gazetteer g = Gazetteer.build(samples(), 1);
        String[][] tags = g.lookup("Haiku and Debian GNU".split(" "));
        assertArrayEquals(new String[] {"B-Operating_System", null, "B-Operating_System", "I-Operating_System"}, tags[0]);
        assertArrayEquals(new String[] {"lo", null, "hi", "hi"}, tags[2]);
        assertArrayEquals(new String[] {"0.33", null, "1.00", "1.00"}, tags[4]);
        // lower-cased: "haiku" occurs 4 times, tagged once
        assertEquals("0.25", g.lookup(new String[] {"haiku"})[5][0]);
    }

    @Test
    void theRatioSurvivesWritingAndReadingAndOldFilesStillLoad() throws Exception {
        Gazetteer g = Gazetteer.build(samples(), 1);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        g.write(bytes);
        Gazetteer read = Gazetteer.read(new ByteArrayInputStream(bytes.toByteArray()));
        assertArrayEquals(g.lookup("Haiku and Debian GNU".split(" "))[4], read.lookup("Haiku and Debian GNU".split(" "))[4]);
        byte[] old = "e\tDebian\tOperating_System\thi\ne\tHaiku\tOperating_System\tlo\n".getBytes(StandardCharsets.UTF_8);
        Gazetteer four = Gazetteer.read(new ByteArrayInputStream(old));
        String[][] tags = four.lookup("Debian Haiku".split(" "));
        assertArrayEquals(new String[] {"hi", "lo"}, tags[2]);
        assertNull(four.lookup(new String[] {"Minix"})[0][0]);
    }
}
