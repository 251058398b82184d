package org.softkg.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.util.model.ArtifactSerializer;

/** Stores {@link BrownClusters} inside an OpenNLP model file. */
public final class BrownClustersSerializer implements ArtifactSerializer<BrownClusters> {

    @Override
    public BrownClusters create(InputStream in) throws IOException {
        return BrownClusters.read(in);
    }

    @Override
    public void serialize(BrownClusters artifact, OutputStream out) throws IOException {
        artifact.write(out);
    }
}
