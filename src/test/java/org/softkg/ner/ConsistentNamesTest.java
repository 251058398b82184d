package org.softkg.ner;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.util.Span;
import org.junit.jupiter.api.Test;

/** Corpus-consistent tagging over invented sentences: which of the finder's names are untagged, which stay. */
class ConsistentNamesTest {

    private static final ConsistentNames DEFAULT = new ConsistentNames();
    private static final ConsistentNames ALL = new ConsistentNames(new ConsistentNames.Settings(3, 0.7, 0.7, false));

    /**
     * Applies {@code c} to sentences written with their names as "[Type/probability name words]" (probability
     * 0: none), and gives back the names kept, written the same way.
     */
    private static List<String> apply(ConsistentNames c, String... tagged) {
        List<String[]> sentences = new ArrayList<>();
        List<Span[]> found = new ArrayList<>();
        for (String t : tagged) {
            List<String> w = new ArrayList<>();
            List<Span> names = new ArrayList<>();
            int start = -1;
            String[] typeProb = null;
            for (String tok : t.split(" ")) {
                if (tok.startsWith("[")) {
                    typeProb = tok.substring(1).split("/");
                    start = w.size();
                    continue;
                }
                boolean end = tok.endsWith("]");
                w.add(end ? tok.substring(0, tok.length() - 1) : tok);
                if (end) {
                    names.add(new Span(start, w.size(), typeProb[0], Double.parseDouble(typeProb[1])));
                }
            }
            sentences.add(w.toArray(new String[0]));
            found.add(names.toArray(new Span[0]));
        }
        List<Span[]> kept = c.apply(sentences, found);
        List<String> out = new ArrayList<>();
        for (int k = 0; k < kept.size(); k++) {
            StringBuilder b = new StringBuilder();
            for (Span s : kept.get(k)) {
                b.append(b.isEmpty() ? "" : " | ").append(s.getType()).append(' ')
                        .append(String.join(" ", List.of(sentences.get(k)).subList(s.getStart(), s.getEnd())));
            }
            out.add(b.toString());
        }
        return out;
    }

    @Test
    void defaultsAreTheScreenedOnes() {
        assertEquals(new ConsistentNames.Settings(3, 0.7, 0.7, true), DEFAULT.settings());
    }

    @Test
    void byDefaultOnlyGenericWordsAreUntagged() {
        String[] input = {
            "The [Application/0.4 dashboard] and [Application/0.4 Glimmerware] rose .",
            "Glimmerware has a dashboard .",
            "Glimmerware shows the dashboard .",
            "A dashboard for Glimmerware ."};
        assertEquals("Application Glimmerware", apply(DEFAULT, input).get(0));
        assertEquals("", apply(ALL, input).get(0));
    }

    @Test
    void aNameTaggedInFewOfItsPlacesWithALowProbabilityIsUntagged() {
        List<String> out = apply(ALL,
                "Shares of [Application/0.4 Glimmerware] rose .",
                "Glimmerware bought a start-up .",
                "The board of Glimmerware met .",
                "Glimmerware sells printers .",
                "We wrote it in [Language/0.95 Rust] .");
        assertEquals(List.of("", "", "", "", "Language Rust"), out);
    }

    @Test
    void aConfidentSpanStays() {
        List<String> out = apply(ALL,
                "Shares of [Application/0.9 Glimmerware] rose .",
                "Glimmerware bought a start-up .",
                "Glimmerware sells printers .");
        assertEquals("Application Glimmerware", out.get(0));
    }

    @Test
    void aNameTaggedInMostOfItsPlacesStays() {
        List<String> out = apply(ALL,
                "[Operating_System/0.5 Pebblix] boots .",
                "[Operating_System/0.6 Pebblix] has a shell .",
                "[Operating_System/0.3 Pebblix] runs on [Device/0.8 Tinkerboard] .",
                "Pebblix is small .");
        assertEquals(List.of("Operating_System Pebblix", "Operating_System Pebblix",
                "Operating_System Pebblix | Device Tinkerboard", ""), out);
    }

    @Test
    void aNameWithFewPlacesStays() {
        List<String> out = apply(ALL,
                "Shares of [Application/0.2 Glimmerware] rose .",
                "Glimmerware sells printers .");
        assertEquals("Application Glimmerware", out.get(0));
    }

    @Test
    void spansWithoutAProbabilityStay() {
        List<String> out = apply(ALL,
                "Shares of [Application/0 Glimmerware] rose .",
                "Glimmerware bought a start-up .",
                "Glimmerware sells printers .");
        assertEquals("Application Glimmerware", out.get(0));
    }

    @Test
    void placesInsideOtherNamesOrInAnotherLetterCaseAreNotPlaces() {
        List<String> out = apply(ALL,
                "I use [Application/0.4 Vexa] daily .",
                "[Application/0.9 Vexa Studio] opens .",
                "[Application/0.9 Vexa Studio] crashed .",
                "vexa and VEXA are other words .");
        assertEquals("Application Vexa", out.get(0));
    }

    @Test
    void thresholdsAreSettings() {
        ConsistentNames lenient = new ConsistentNames(new ConsistentNames.Settings(2, 0.7, 0.7, false));
        assertEquals("", apply(lenient,
                "Shares of [Application/0.2 Glimmerware] rose .",
                "Glimmerware sells printers .").get(0));
        ConsistentNames unsure = new ConsistentNames(new ConsistentNames.Settings(3, 0.7, 0.3, false));
        assertEquals("Application Glimmerware", apply(unsure,
                "Shares of [Application/0.4 Glimmerware] rose .",
                "Glimmerware bought a start-up .",
                "Glimmerware sells printers .").get(0));
    }

    @Test
    void badInputAndSettingsAreRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> DEFAULT.apply(List.<String[]>of("a b".split(" ")), List.of()));
        assertThrows(IllegalArgumentException.class, () -> new ConsistentNames.Settings(0, 0.5, 0.5, false));
        assertThrows(IllegalArgumentException.class, () -> new ConsistentNames.Settings(3, 1.5, 0.5, false));
        assertThrows(IllegalArgumentException.class, () -> new ConsistentNames.Settings(3, 0.5, -1, false));
    }

    @Test
    void keepsTheOrderAndTheSpansAsFound() {
        Span a = new Span(0, 1, "Library", 0.95);
        Span b = new Span(2, 4, "Protocol", 0.8);
        List<Span[]> out = DEFAULT.apply(List.<String[]>of("Quill over Hyper Link".split(" ")), List.<Span[]>of(new Span[] {a, b}));
        assertArrayEquals(new Span[] {a, b}, out.get(0));
    }
}
