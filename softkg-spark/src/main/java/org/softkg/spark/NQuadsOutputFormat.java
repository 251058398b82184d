package org.softkg.spark;

import java.io.IOException;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.TaskAttemptContext;
import org.apache.hadoop.mapreduce.lib.output.TextOutputFormat;

/**
 * Hadoop's text output with the N-Quads extension: each task writes {@code part-r-NNNNN.nq} (or
 * {@code .nq.gz} with compression), the names {@code softkg load DIR/} picks up, through Hadoop's output
 * committer, so that a retried or speculative task never leaves a half-written or duplicate part.
 */
public final class NQuadsOutputFormat extends TextOutputFormat<NullWritable, Text> {

    /** File name extension of the parts, as the core's N-Quads shards. */
    public static final String EXTENSION = org.softkg.store.ShardedNQuadsSink.EXTENSION;

    @Override
    public Path getDefaultWorkFile(TaskAttemptContext context, String extension) throws IOException {
        return super.getDefaultWorkFile(context, EXTENSION + extension);
    }
}
