package org.softkg.ner;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Dictionary features from the model's {@link Gazetteer}: the gazetteer tag of the token and of its
 * neighbours, as written and lower-cased, with the name's strength.
 */
public final class GazetteerFeatures implements AdaptiveFeatureGenerator {

    /** Name of the gazetteer inside the model. */
    public static final String RESOURCE = "softkg-names.gaz";

    private final Gazetteer gazetteer;
    private String[] lastWords;
    private String[][] lastTags;

    public GazetteerFeatures(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        if (tokens != lastWords) {
            lastTags = gazetteer.lookup(tokens);
            lastWords = tokens;
        }
        String[] exact = lastTags[0];
        String[] lower = lastTags[1];
        if (exact[index] != null) {
            features.add("gz=" + exact[index]);
            features.add("gzs=" + lastTags[2][index] + exact[index].charAt(0));
            features.add("gzt=" + exact[index].substring(2));
        } else {
            features.add("gz=none");
        }
        if (lower[index] != null) {
            features.add("gzl=" + lower[index]);
            features.add("gzls=" + lastTags[3][index] + lower[index].charAt(0));
        }
        if (index > 0 && exact[index - 1] != null) {
            features.add("gz-1=" + exact[index - 1]);
        }
        if (index + 1 < tokens.length && exact[index + 1] != null) {
            features.add("gz+1=" + exact[index + 1]);
        }
    }

    /** XML factory: {@code <generator class="org.softkg.ner.GazetteerFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            Object g = resourceManager == null ? null : resourceManager.getResource(RESOURCE);
            if (!(g instanceof Gazetteer gazetteer)) {
                throw new InvalidFormatException("the name finder model has no softkg gazetteer (" + RESOURCE + ")");
            }
            return new GazetteerFeatures(gazetteer);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() {
            return Map.of(RESOURCE, new GazetteerSerializer(), "gaz", new GazetteerSerializer());
        }
    }
}
