package org.softkg.ner;

import java.util.List;
import java.util.Map;
import opennlp.tools.util.InvalidFormatException;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.model.ArtifactSerializer;

/**
 * Word cluster features from the model's {@link WordClusters}: the clusters of the token at every
 * granularity, and the coarse and middle clusters of its neighbours.
 */
public final class ClusterFeatures implements AdaptiveFeatureGenerator {

    /** Name of the word clusters inside the model. */
    public static final String RESOURCE = "softkg-clusters.wcl";

    private final WordClusters clusters;

    public ClusterFeatures(WordClusters clusters) {
        this.clusters = clusters;
    }

    @Override
    public void createFeatures(List<String> features, String[] tokens, int index, String[] previousOutcomes) {
        int[] c = clusters.of(tokens[index]);
        if (c == null) {
            features.add("cl=none");
        } else {
            for (int g = 0; g < c.length; g++) {
                features.add("cl" + g + "=" + c[g]);
            }
        }
        for (int d : new int[] {-1, 1}) {
            int j = index + d;
            if (j >= 0 && j < tokens.length) {
                int[] o = clusters.of(tokens[j]);
                for (int g = 0; o != null && g < Math.min(2, o.length); g++) {
                    features.add("cl" + g + (d < 0 ? "-" : "+") + "=" + o[g]);
                }
            }
        }
    }

    /** XML factory: {@code <generator class="org.softkg.ner.ClusterFeatures$Factory"/>}. */
    public static final class Factory extends GeneratorFactory.AbstractXmlFeatureGeneratorFactory {
        @Override
        public AdaptiveFeatureGenerator create() throws InvalidFormatException {
            Object c = resourceManager == null ? null : resourceManager.getResource(RESOURCE);
            if (!(c instanceof WordClusters clusters)) {
                throw new InvalidFormatException("the name finder model has no softkg word clusters (" + RESOURCE + ")");
            }
            return new ClusterFeatures(clusters);
        }

        @Override
        public Map<String, ArtifactSerializer<?>> getArtifactSerializerMapping() {
            return Map.of(RESOURCE, new WordClustersSerializer(), "wcl", new WordClustersSerializer());
        }
    }
}
