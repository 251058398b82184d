package org.softkg.ner;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import opennlp.tools.namefind.TokenNameFinderModel;

/**
 * Loads name finder models: the one shipped with softkg or a user's file, with one clear line when the
 * file is missing, unreadable, corrupt or another kind of OpenNLP model.
 */
public final class NerModels {

    /** The default model inside the jar. */
    public static final String DEFAULT_RESOURCE = "/org/softkg/ner/softkg-ner.bin";

    private static volatile TokenNameFinderModel shipped;

    private NerModels() {
    }

    /** The model shipped with softkg, loaded once per JVM. */
    public static TokenNameFinderModel shipped() {
        TokenNameFinderModel m = shipped;
        if (m == null) {
            synchronized (NerModels.class) {
                if (shipped == null) {
                    try (InputStream in = NerModels.class.getResourceAsStream(DEFAULT_RESOURCE)) {
                        if (in == null) {
                            throw new NerModelException("the default name finder model " + DEFAULT_RESOURCE
                                    + " is missing from the class path; train one with 'softkg train ner' and pass --ner-model");
                        }
                        shipped = read(in, "the default name finder model");
                    } catch (IOException e) {
                        throw new NerModelException("cannot read the default name finder model: " + e.getMessage());
                    }
                }
                m = shipped;
            }
        }
        return m;
    }

    /** A user's model file. */
    public static TokenNameFinderModel load(Path file) {
        if (Files.isDirectory(file)) {
            throw new NerModelException(file + ": is a folder, not a name finder model");
        }
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.toString());
        } catch (NoSuchFileException e) {
            throw new NerModelException(file + ": no such name finder model file");
        } catch (AccessDeniedException e) {
            throw new NerModelException(file + ": permission denied");
        } catch (IOException e) {
            throw new NerModelException(file + ": cannot read: " + e.getMessage());
        }
    }

    private static TokenNameFinderModel read(InputStream in, String name) {
        try {
            return new TokenNameFinderModel(in);
        } catch (IOException | RuntimeException e) {
            String why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip().replaceAll("\\s+", " ");
            java.util.regex.Matcher other = java.util.regex.Pattern.compile("cannot load a model for the (\\w+)").matcher(why);
            if (other.find()) {
                throw new NerModelException(name + ": not a name finder model (it is an OpenNLP model for " + other.group(1) + ")");
            }
            if (why.contains("manifest") || e instanceof java.util.zip.ZipException) {
                throw new NerModelException(name + ": not a valid name finder model (corrupt, or not an OpenNLP model file)");
            }
            throw new NerModelException(name + ": not a valid name finder model (" + why + ")");
        }
    }

    /** A model that cannot be used; the message is the one line to show. */
    public static final class NerModelException extends RuntimeException {
        public NerModelException(String message) {
            super(message);
        }
    }
}
