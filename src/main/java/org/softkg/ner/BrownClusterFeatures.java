package org.softkg.ner;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Brown cluster features from the model's {@link BrownClusters}, as is usual for them (and as OpenNLP's
 * {@code BrownTokenClasses} does): the prefixes of the token's path of lengths 4, 6, 10 and 20 (a prefix
 * longer than the path is the whole path, given once), and the prefixes of lengths 4 and 6 of the
 * previous and next tokens' paths.
 */
public final class BrownClusterFeatures implements AdaptiveFeatureGenerator {

    /** Name of the Brown clusters inside the model. */
    public static final String RESOURCE = "softkg-brown.brown";

    /** Prefix lengths of the token's path. */
    static final int[] LENGTHS = {4, 6, 10, 20};
    /** How many of {@link #LENGTHS} the neighbours get. */
    static final int NEIGHBOUR_LENGTHS = 2;

    private final BrownClusters clusters;

    public BrownClusterFeatures(BrownClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        String path = clusters.pathOf(tokens[index]);
        if (path == null) {
            features.add("br=none");
        } else {
            prefixes(features, "br", path, LENGTHS.length);
        }
        if (index > 0) {
            String p = clusters.pathOf(tokens[index - 1]);
            if (p != null) {
                prefixes(features, "br-", p, NEIGHBOUR_LENGTHS);
            }
        }
        if (index + 1 < tokens.length) {
            String p = clusters.pathOf(tokens[index + 1]);
            if (p != null) {
                prefixes(features, "br+", p, NEIGHBOUR_LENGTHS);
            }
        }
    }

    private static void prefixes(List<String> features, String name, String path, int count) {
        for (int i = 0; i < count; i++) {
            int length = LENGTHS[i];
            features.add(name + length + "=" + path.substring(0, Math.min(length, path.length())));
            if (length >= path.length()) {
                break;
            }
        }
    }

    /** XML factory: {@code <generator class="org.softkg.ner.BrownClusterFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            Object c = resourceManager == null ? null : resourceManager.getResource(RESOURCE);
            if (!(c instanceof BrownClusters clusters)) {
                throw new InvalidFormatException("the name finder model has no Brown clusters (" + RESOURCE + ")");
            }
            return new BrownClusterFeatures(clusters);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() {
            return Map.of(RESOURCE, new BrownClustersSerializer(), "brown", new BrownClustersSerializer());
        }
    }
}
