package org.softkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.softkg.pipeline.SplitCorpus;

/** bench prints each speed target with its figure, the jobs scaling and, on request, the memory runs. */
class BenchTargetsTest {

    @Test
    void tablePrintsEveryTargetAndTheJobsScaling() {
        CliRun r = CliRun.run("bench", "--corpus", SplitCorpus.EXAMPLE.toString(), "--repeat", "1", "--jobs", "2",
                "--memory", "50", "--raw", "-q");
        assertEquals(0, r.exitCode(), r.err());
        String out = r.out();
        for (String line : List.of("cpu ms", "OpenNLP POS (cpu)", "TDB2 bulk loader (wall)", "targets:",
                "end to end, one worker >= 30,000 tokens/s", "annotation <= 1.3x OpenNLP POS alone (cpu)",
                "writing <= 2x TDB2 bulk loader (wall)", "--jobs 2 >= 1.7x one worker",
                "memory: 10x corpus within +20% peak heap", "jobs scaling", "speed-up", "cores busy",
                "peak live heap", "raw text, one worker >= 10,000 tokens/s", "raw text end to end into TDB2",
                "with 2 free cores the cpu allows")) {
            assertTrue(out.contains(line), line + " missing in\n" + out);
        }
        // the example document (78 sentences) is cut into documents of 100 sentences for the scaling runs
        assertTrue(out.contains("cut into 1 document of up to 100 sentences"), out);
        // the memory runs: 50 and 500 sentences of the example document, in documents of up to 100
        assertTrue(out.contains("       50 sentences      1 documents"), out);
        assertTrue(out.contains("      500 sentences      5 documents"), out);
        assertTrue(!out.contains("not measured"), out);
    }

    @Test
    void jsonHasTheTargetsAndTheScaling() {
        CliRun r = CliRun.run("bench", "--corpus", SplitCorpus.EXAMPLE.toString(), "--repeat", "1", "--jobs", "2",
                "--json", "-q");
        assertEquals(0, r.exitCode(), r.err());
        String json = r.out();
        for (String key : List.of("\"targets\": [", "\"verdict\": ", "\"jobsScaling\": {\"jobs\": 2",
                "\"speedup\": ", "\"cpuMedianMs\": ", "\"ratioOn\": \"cpu\"", "\"ratioOn\": \"wall\"")) {
            assertTrue(json.contains(key), key + " missing in\n" + json);
        }
        assertTrue(json.contains("\"verdict\": \"not measured (use --memory)\""), json);
        assertTrue(json.contains("\"verdict\": \"not measured (use --raw)\""), json);
        assertTrue(json.contains("\"cpuBoundSpeedup\": "), json);
    }

    @Test
    void rawTextPassInJson() {
        CliRun r = CliRun.run("bench", "--corpus", SplitCorpus.EXAMPLE.toString(), "--repeat", "1", "--raw", "--json",
                "-q");
        assertEquals(0, r.exitCode(), r.err());
        String json = r.out();
        for (String key : List.of("\"rawText\": {\"sentences\": ", "\"cpuTokensPerSecond\": ",
                "\"target\": \"raw text, one worker >= 10,000 tokens/s\"")) {
            assertTrue(json.contains(key), key + " missing in\n" + json);
        }
    }

    @Test
    void memoryMustBeANumberOfSentences() {
        CliRun r = CliRun.run("bench", "--corpus", SplitCorpus.EXAMPLE.toString(), "--memory", "-5", "-q");
        assertEquals(2, r.exitCode(), r.err());
    }
}
