package org.softkg.ner;

import java.util.ArrayList;
import java.util.List;
import opennlp.tools.namefind.NameSample;
import org.softkg.corpus.CorpusInput;
import org.softkg.corpus.DocumentStream;
import org.softkg.corpus.InputFormat;
import org.softkg.model.Document;
import org.softkg.model.Sentence;

/** Reads tagged corpora (any format {@link CorpusInput} knows) as OpenNLP name samples, one per sentence. */
public final class NerData {

    private NerData() {
    }

    /** Separates a file from a part selector: {@code FILE::test/5}, {@code FILE::train/5}. */
    public static final String SELECTOR = "::";

    /**
     * Every sentence of every file, in order; a malformed file fails with its
     * {@link org.softkg.corpus.InputFormatException} (file and line). A file written
     * {@code FILE::test/N} gives only every Nth sentence of the file (the 4th, 9th... for N = 5:
     * positions N-1, 2N-1...), {@code FILE::train/N} all the others: a held-out split.
     */
    public static List<NameSample> read(List<String> files) {
        List<NameSample> out = new ArrayList<>();
        for (String spec : files) {
            String f = spec;
            int every = 0;
            boolean test = false;
            int sel = spec.lastIndexOf(SELECTOR);
            if (sel > 0) {
                f = spec.substring(0, sel);
                String part = spec.substring(sel + SELECTOR.length());
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("(train|test)/([1-9][0-9]*)").matcher(part);
                if (!m.matches()) {
                    throw new IllegalArgumentException(spec + ": the part after :: must be train/N or test/N");
                }
                test = m.group(1).equals("test");
                every = Integer.parseInt(m.group(2));
            }
            long i = 0;
            try (DocumentStream in = CorpusInput.open(f, InputFormat.AUTO)) {
                while (in.hasNext()) {
                    Document d = in.next();
                    for (Sentence s : d.sentences()) {
                        boolean inTest = every > 0 && i % every == every - 1;
                        if (every == 0 || inTest == test) {
                            out.add(sample(s));
                        }
                        i++;
                    }
                }
            }
        }
        return out;
    }

    /** One sentence as a name sample (spans decoded from its tags). */
    public static NameSample sample(Sentence s) {
        String[] words = new String[s.size()];
        String[] tags = new String[s.size()];
        for (int i = 0; i < words.length; i++) {
            words[i] = s.token(i).text();
            tags[i] = s.token(i).tag();
        }
        return new NameSample(words, BioSpans.spans(tags).toArray(new opennlp.tools.util.Span[0]), false);
    }

    /** The samples whose position modulo {@code k} is (or, with {@code keep == false}, is not) {@code fold}. */
    public static List<NameSample> fold(List<NameSample> samples, int k, int fold, boolean keep) {
        List<NameSample> out = new ArrayList<>();
        for (int i = 0; i < samples.size(); i++) {
            if ((i % k == fold) == keep) {
                out.add(samples.get(i));
            }
        }
        return out;
    }
}
