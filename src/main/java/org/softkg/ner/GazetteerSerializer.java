package org.softkg.ner;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import opennlp.tools.util.model.ArtifactSerializer;

/** Stores a {@link Gazetteer} inside an OpenNLP model file. */
public final class GazetteerSerializer implements ArtifactSerializer<Gazetteer> {

    @Override
    public Gazetteer create(InputStream in) throws IOException {
        return Gazetteer.read(in);
    }

    @Override
    public void serialize(Gazetteer artifact, OutputStream out) throws IOException {
        artifact.write(out);
    }
}
