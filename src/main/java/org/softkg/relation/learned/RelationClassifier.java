package org.softkg.relation.learned;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipException;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A trained relation classifier: an OpenNLP maxent model over {@link PairFeatures} with outcomes
 * {@link RelationLabel}, and its {@link Calibration} (threshold and measured precision per band). The model file
 * is gzip-compressed: a header (magic, version, calibration) then the OpenNLP model. Thread-safe (the model is only
 * read).
 */
public final class RelationClassifier {

    /** Where the shipped model lives on the class path. */
    public static final String SHIPPED_RESOURCE = "/org/softkg/relation/relations-model.bin";

    private static final String MAGIC = "softkg-relations-model";
    private static final int VERSION = 1;

    private final MaxentModel model;
    private final Calibration calibration;
    private final int none;

    public RelationClassifier(MaxentModel model, Calibration calibration) {
        this.model = model;
        this.calibration = calibration;
        this.none = model.getIndex(RelationLabel.NONE);
    }

    /** A prediction for a pair: its label and the probability the model gives it. */
    public record Prediction(RelationLabel label, double probability) {
    }

    /**
     * The most probable relation label of {@code c} (NONE excluded) with the probability that the pair is related at
     * all (1 - P(NONE)); null when the model knows no relation.
     */
    public Prediction best(Candidate c) {
        double[] p = model.eval(PairFeatures.of(c));
        int best = -1;
        for (int i = 0; i < p.length; i++) {
            if (i != none && (best < 0 || p[i] > p[best])) {
                best = i;
            }
        }
        return best < 0 ? null : new Prediction(RelationLabel.parse(model.getOutcome(best)), 1 - p[none]);
    }

    /** The prediction for {@code c} when it reaches the threshold, else null. */
    public Prediction classify(Candidate c) {
        Prediction p = best(c);
        return p != null && p.probability() >= calibration.threshold() ? p : null;
    }

    public Calibration calibration() {
        return calibration;
    }

    /** The same model with another calibration. */
    public RelationClassifier with(Calibration newCalibration) {
        return new RelationClassifier(model, newCalibration);
    }

    /** Writes the model file. */
    public void write(OutputStream out) throws IOException {
        GZIPOutputStream gz = new GZIPOutputStream(out);
        DataOutputStream data = new DataOutputStream(gz);
        data.writeUTF(MAGIC);
        data.writeInt(VERSION);
        data.writeDouble(calibration.threshold());
        double[] lower = calibration.lower();
        double[] precision = calibration.precision();
        data.writeInt(lower.length);
        for (int i = 0; i < lower.length; i++) {
            data.writeDouble(lower[i]);
            data.writeDouble(precision[i]);
        }
        new GenericModelWriter((AbstractModel) model, data).persist();
    }

    /** Writes the model file at {@code path}. */
    public void write(Path path) throws IOException {
        try (OutputStream out = Files.newOutputStream(path)) {
            write(out);
        }
    }

    /** Reads a model file; any problem is a {@link RelationModelException} naming it in one line. */
    public static RelationClassifier read(Path path) {
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, path.toString());
        } catch (NoSuchFileException e) {
            throw new RelationModelException(path + ": no such relation model file");
        } catch (IOException e) {
            throw new RelationModelException(path + ": cannot read the relation model: " + e.getMessage(), e);
        }
    }

    /** Reads a model from a stream; {@code name} names it in errors. */
    public static RelationClassifier read(InputStream in, String name) {
        try {
            DataInputStream data = new DataInputStream(new BufferedInputStream(new GZIPInputStream(in)));
            String magic = data.readUTF();
            if (!MAGIC.equals(magic)) {
                throw new RelationModelException(name + ": not a softkg relation model");
            }
            int version = data.readInt();
            if (version != VERSION) {
                throw new RelationModelException(name + ": relation model version " + version + ", this softkg reads version " + VERSION);
            }
            double threshold = data.readDouble();
            int bands = data.readInt();
            if (bands < 0 || bands > 100) {
                throw new RelationModelException(name + ": not a softkg relation model (bad calibration)");
            }
            double[] lower = new double[bands];
            double[] precision = new double[bands];
            for (int i = 0; i < bands; i++) {
                lower[i] = data.readDouble();
                precision[i] = data.readDouble();
            }
            Calibration calibration = new Calibration(threshold, lower, precision);
            AbstractModel model = new GenericModelReader(new BinaryFileDataReader(data)).getModel();
            if (model.getIndex(RelationLabel.NONE) < 0) {
                throw new RelationModelException(name + ": not a softkg relation model (no NONE outcome)");
            }
            return new RelationClassifier(model, calibration);
        } catch (ZipException | EOFException e) {
            throw new RelationModelException(name + ": not a softkg relation model (corrupt or truncated)", e);
        } catch (IOException e) {
            throw new RelationModelException(name + ": cannot read the relation model: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            if (e instanceof RelationModelException r) {
                throw r;
            }
            throw new RelationModelException(name + ": not a softkg relation model (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static RelationClassifier shippedModel;

    /** The model shipped with softkg, read once; a missing or broken resource is a {@link RelationModelException}. */
    public static synchronized RelationClassifier shipped() {
        if (shippedModel == null) {
            InputStream in = RelationClassifier.class.getResourceAsStream(SHIPPED_RESOURCE);
            if (in == null) {
                throw new RelationModelException(SHIPPED_RESOURCE + ": the shipped relation model is missing from the class path");
            }
            try (in) {
                shippedModel = read(in, SHIPPED_RESOURCE);
            } catch (IOException e) {
                throw new RelationModelException(SHIPPED_RESOURCE + ": " + e.getMessage(), e);
            }
        }
        return shippedModel;
    }
}
