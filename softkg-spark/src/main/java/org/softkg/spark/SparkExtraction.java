package org.softkg.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Objects;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.io.NullWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.io.compress.GzipCodec;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * The Spark job: the files of a corpus as (file, bytes) pairs ({@code binaryFiles}, so any Hadoop file
 * system works: local, HDFS, S3), {@code mapPartitions} with {@link PartitionExtraction} (one pipeline per
 * partition), and the documents' N-Quads written as {@code part-r-NNNNN.nq} files by
 * {@link NQuadsOutputFormat}, ready for {@code softkg load DIR/} or a cluster triple store.
 *
 * <p>The unit of work is a file: a corpus of many files spreads over the cluster, one huge file does
 * not (split it first; each document is its own named graph, so where the cut falls between documents
 * does not change the graph).
 */
public final class SparkExtraction {

    private final JavaSparkContext sc;
    private final JobSettings settings;

    /**
     * @param sc       the Spark context (its master decides where the work runs)
     * @param settings what each partition's pipeline is built from
     */
    public SparkExtraction(JavaSparkContext sc, JobSettings settings) {
        this.sc = Objects.requireNonNull(sc, "sc");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /**
     * Extracts every file of {@code inputs} (files, folders read recursively, globs; any Hadoop file system)
     * into the new folder {@code output}.
     *
     * @param partitions at least this many partitions (0: Spark's default parallelism, the cluster's cores);
     *                   a partition without files writes an empty part
     * @param gzip       write {@code .nq.gz} parts
     * @throws IllegalArgumentException when {@code output} exists already, or there is no input
     */
    public SparkSummary run(List<String> inputs, String output, int partitions, boolean gzip) {
        if (inputs.isEmpty()) {
            throw new IllegalArgumentException("no input");
        }
        settings.rules(); // a bad rule file fails here, on the driver, before any task
        long t0 = System.nanoTime();
        Configuration hadoop = sc.hadoopConfiguration();
        requireNew(output, hadoop);
        // folders are read recursively, as softkg extract reads them (hidden files skipped by both)
        hadoop.setBoolean("mapreduce.input.fileinputformat.input.dir.recursive", true);
        int min = partitions > 0 ? partitions : sc.defaultParallelism();
        JobCounters counters = new JobCounters(sc);
        JavaPairRDD<String, PortableDataStream> files = sc.binaryFiles(String.join(",", inputs), min);
        if (files.getNumPartitions() < min) {
            // Hadoop packs small files into few splits; spread them (only their names and offsets move)
            files = files.repartition(min);
        }
        JavaRDD<String> quads = files.mapPartitions(new PartitionExtraction(settings, counters));
        Configuration out = new Configuration(hadoop);
        if (gzip) {
            out.setBoolean("mapreduce.output.fileoutputformat.compress", true);
            out.setClass("mapreduce.output.fileoutputformat.compress.codec", GzipCodec.class,
                    org.apache.hadoop.io.compress.CompressionCodec.class);
        }
        quads.mapToPair(text -> new Tuple2<>(NullWritable.get(), new Text(text)))
                .saveAsNewAPIHadoopFile(output, NullWritable.class, Text.class, NQuadsOutputFormat.class, out);
        return counters.summary(System.nanoTime() - t0);
    }

    /** Checked here for a clear message before any work (Hadoop's output format checks it again). */
    private static void requireNew(String output, Configuration hadoop) {
        Path out = new Path(output);
        try {
            if (out.getFileSystem(hadoop).exists(out)) {
                throw new IllegalArgumentException(output + ": the output folder exists already; give a new one");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(output + ": " + e.getMessage(), e);
        }
    }
}
