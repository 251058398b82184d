package org.softkg.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import opennlp.tools.lemmatizer.LemmatizerME;
import opennlp.tools.postag.POSTaggerME;
import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.progress.MonitorOutput;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.model.Sentence;
import org.softkg.nlp.SharedModels;

/**
 * What the machine allows with the same libraries, on the same input: reading the corpus bytes as lines;
 * OpenNLP POS tagging alone and POS tagging + statistical lemmatizer (the raw APIs, no memo) on the same
 * tokens; Jena's TDB2 parallel bulk loader on the same quads (an N-Quads file) into a fresh database.
 */
final class Floors {

    static final String READ_BYTES = "floor: reading lines";
    static final String POS = "floor: OpenNLP POS";
    static final String POS_LEMMA = "floor: OpenNLP POS + lemma";
    static final String BULK_LOAD = "floor: TDB2 bulk loader";

    private final List<Path> files;
    private final Path nquads;
    private final int repeat;
    private final Map<String, Samples> cpu = new LinkedHashMap<>();

    Floors(List<Path> files, Path nquads, int repeat) {
        this.files = files;
        this.nquads = nquads;
        this.repeat = repeat;
    }

    private List<String[]> sentences;
    private POSTaggerME tagger;
    private final Samples posWall = new Samples();
    private final Samples posCpu = new Samples();

    /**
     * One timed run of the OpenNLP POS floor. The benchmark calls this right after each of its timed passes,
     * so that the POS floor and the annotation stage are timed in the same state of the JIT compiler and of
     * the machine's load (timed after all passes, the floor ran on code the JIT had compiled further than
     * during the passes, which on a loaded machine made the stage look slower against it than it is).
     */
    void posRun() {
        posRun(true);
    }

    /** One untimed run of the POS floor, for the JIT (the benchmark's warm-up pass has one too). */
    void posWarmUp() {
        posRun(false);
    }

    private void posRun(boolean keep) {
        if (tagger == null) {
            sentences = sentences();
            tagger = new POSTaggerME(SharedModels.pos());
        }
        long t0 = System.nanoTime();
        long c0 = ThreadCpu.now();
        for (String[] s : sentences) {
            tagger.tag(s);
        }
        if (keep) {
            posCpu.add(ThreadCpu.now() - c0);
            posWall.add(System.nanoTime() - t0);
        }
    }

    /**
     * One warm-up, then {@code repeat} timed runs of each floor; the POS floor is the runs of {@link #posRun}
     * (or {@code repeat} runs now if there were none).
     */
    Map<String, Samples> measure(Path work) {
        Map<String, Samples> out = new LinkedHashMap<>();
        out.put(READ_BYTES, timed(READ_BYTES, this::readLines, this::readLines));
        if (posWall.isEmpty()) {
            posWarmUp();
            for (int i = 0; i < repeat; i++) {
                posRun(true);
            }
        }
        out.put(POS, posWall);
        cpu.put(POS, posCpu);
        LemmatizerME lemmatizer = new LemmatizerME(SharedModels.lemmas());
        List<String[]> tenth = sentences.subList(0, Math.max(1, sentences.size() / 10));
        // the statistical lemmatizer is slow: its warm-up (for the JIT) takes a tenth of the sentences
        out.put(POS_LEMMA, timed(POS_LEMMA, () -> {
            for (String[] s : tenth) {
                lemmatizer.lemmatize(s, tagger.tag(s));
            }
        }, () -> {
            for (String[] s : sentences) {
                lemmatizer.lemmatize(s, tagger.tag(s));
            }
        }));
        Runnable load = () -> bulkLoad(work.resolve("bulk"));
        out.put(BULK_LOAD, timed(BULK_LOAD, load, load));
        return out;
    }

    /**
     * The calling thread's CPU time of each floor's timed runs, from the last {@link #measure} (the bulk
     * loader works on threads of its own: its figure is wall time only).
     */
    Map<String, Samples> cpu() {
        return cpu;
    }

    private Samples timed(String name, Runnable warmUp, Runnable r) {
        warmUp.run();
        Samples s = new Samples();
        Samples c = new Samples();
        for (int i = 0; i < repeat; i++) {
            long t0 = System.nanoTime();
            long c0 = ThreadCpu.now();
            r.run();
            c.add(ThreadCpu.now() - c0);
            s.add(System.nanoTime() - t0);
        }
        cpu.put(name, c);
        return s;
    }

    private void readLines() {
        long lines = 0;
        for (Path f : files) {
            try (InputStream raw = Files.newInputStream(f);
                 InputStream in = f.toString().endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
                 BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
                while (r.readLine() != null) {
                    lines++;
                }
            } catch (IOException e) {
                throw new UncheckedIOException("reading " + f, e);
            }
        }
        if (lines < 0) {
            throw new AssertionError(); // keeps the loop from being optimised away
        }
    }

    private List<String[]> sentences() {
        List<String[]> out = new ArrayList<>();
        for (Path f : files) {
            try (DocumentStream in = CorpusInput.open(f.toString(), InputFormat.AUTO)) {
                while (in.hasNext()) {
                    Document d = in.next();
                    for (Sentence s : d.sentences()) {
                        String[] words = new String[s.size()];
                        for (int i = 0; i < words.length; i++) {
                            words[i] = s.token(i).text();
                        }
                        out.add(words);
                    }
                }
            }
        }
        return out;
    }

    private void bulkLoad(Path dir) {
        TempFolders.delete(dir);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        try {
            MonitorOutput quiet = (fmt, args) -> { };
            DataLoader loader = LoaderFactory.parallelLoader(dsg, quiet);
            loader.startBulk();
            try {
                loader.load(nquads.toString());
                loader.finishBulk();
            } catch (RuntimeException e) {
                loader.finishException(e);
                throw e;
            }
        } finally {
            TDBInternal.expel(dsg);
            TempFolders.delete(dir);
        }
    }
}
