package org.softkg.spark;

import java.net.URI;
import java.net.URISyntaxException;

/**
 * The name a file goes by in the graph ({@code kg:source}) and in messages. Hadoop names every file by
 * a URI; a local file ({@code file:/data/x.txt}) is named by its path ({@code /data/x.txt}), as
 * {@code softkg extract /data/x.txt} names it, so that both give the same quads. Files on a cluster file
 * system keep their URI ({@code hdfs://nn/corpus/x.txt}). The document id (the file name without its
 * corpus extensions) is the same either way.
 */
final class SourceNames {

    private SourceNames() {
    }

    static String of(String hadoopPath) {
        try {
            URI uri = new URI(hadoopPath);
            if ("file".equalsIgnoreCase(uri.getScheme()) && uri.getPath() != null) {
                return uri.getPath();
            }
        } catch (URISyntaxException e) {
            // not a URI: the path as Hadoop gave it
        }
        return hadoopPath;
    }
}
