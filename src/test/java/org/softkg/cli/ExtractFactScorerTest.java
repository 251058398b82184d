package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code extract --fact-scorer}: the same facts, rescored confidences; without it, the rules' confidences. */
class ExtractFactScorerTest {

    private static final Pattern FACT = Pattern.compile("^\\s+(.+?)\\s+\\(.*confidence (\\d\\.\\d\\d)\\)$");

    @TempDir
    Path dir;

    private static List<String[]> facts(String out) {
        return out.lines().map(FACT::matcher).filter(Matcher::find).map(m -> new String[] {m.group(1), m.group(2)}).toList();
    }

    @Test
    void theScorerKeepsTheFactsAndChangesOnlyTheirConfidences() {
        CliRun plain = CliRun.run("extract", "examples/DragonFly_BSD.txt", "--store", dir.resolve("a").toString());
        CliRun scored = CliRun.run("extract", "examples/DragonFly_BSD.txt", "--store", dir.resolve("b").toString(),
                "--fact-scorer");
        assertEquals(0, plain.exitCode(), plain.err());
        assertEquals(0, scored.exitCode(), scored.err());
        List<String[]> a = facts(plain.out());
        List<String[]> b = facts(scored.out());
        assertEquals(13, a.size(), plain.out());
        assertEquals(a.stream().map(f -> f[0]).toList(), b.stream().map(f -> f[0]).toList());
        assertNotEquals(a.stream().map(f -> f[1]).toList(), b.stream().map(f -> f[1]).toList());
        assertTrue(plain.out().contains("DragonFly BSD  forkedFrom    FreeBSD"), plain.out());
    }
}
