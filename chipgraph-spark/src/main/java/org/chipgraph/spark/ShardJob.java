package org.chipgraph.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.chipgraph.error.InputError;
import scala.Tuple2;

/**
 * The extraction job: articles from the inputs, partitioned by document into a fixed number of shards and
 * sorted within each, so a re-run writes the same bytes; each task writes its shard into a temporary folder,
 * and only when every task has succeeded does the driver move the shards into the output folder, beside the
 * reference graphs (written once, by the driver) and rejects.tsv.
 */
final class ShardJob {
    /** Default shard sizes: about this many text articles, or this many bytes of table files, per shard. */
    static final int ARTICLES_PER_SHARD = 5_000;
    static final long TABLE_BYTES_PER_SHARD = 32L << 20;

    record Result(int shards, long documents, long facts, long quads, List<Reject> rejects, int skipped) {}

    private final SparkSession spark;
    private final ExtractionSettings settings;

    ShardJob(SparkSession spark, ExtractionSettings settings) {
        this.spark = spark;
        this.settings = settings;
    }

    static int defaultShards(InputListing in) {
        long n = (in.articles().size() + ARTICLES_PER_SHARD - 1) / ARTICLES_PER_SHARD
                + (in.tableBytes() + TABLE_BYTES_PER_SHARD - 1) / TABLE_BYTES_PER_SHARD;
        return (int) Math.max(1, Math.min(n, 100_000));
    }

    Result run(List<String> inputs, String output, Integer shardsWanted, boolean overwrite) throws IOException {
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        HadoopConf conf = HadoopConf.of(hadoop);
        InputListing listing = InputListing.of(inputs, hadoop);
        if (listing.count() == 0) throw new InputError(String.join(", ", inputs) + ": no .txt, .jsonl or .parquet files, expected articles");
        Path out = new Path(output);
        FileSystem fs = Outputs.fileSystem(out, hadoop);
        prepare(fs, out, overwrite);
        Path work = new Path(out, "_temporary");
        int shards = shardsWanted != null ? shardsWanted : defaultShards(listing);

        JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<JavaRDD<ArticleSource>> sources = new ArrayList<>();
        if (!listing.articles().isEmpty()) sources.add(TextArticles.of(sc, listing, conf));
        if (!listing.jsonTables().isEmpty() || !listing.parquetTables().isEmpty()) sources.add(TableArticles.of(spark, listing));
        JavaRDD<ArticleSource> all = sources.get(0);
        for (int i = 1; i < sources.size(); i++) all = all.union(sources.get(i));

        ShardTask task = new ShardTask(settings, conf, work.toString());
        List<ShardSummary> done = all.mapToPair(a -> new Tuple2<>(a.sortKey(), a))
                .repartitionAndSortWithinPartitions(new ShardPartitioner(shards))
                .mapPartitionsWithIndex((i, it) -> List.of(task.run(i, it)).iterator(), true)
                .collect();

        writeReference(fs, new Path(work, "reference.nq"));
        long documents = 0, facts = 0, quads = 0;
        List<Reject> rejects = new ArrayList<>();
        for (ShardSummary s : done) {
            documents += s.documents();
            facts += s.facts();
            quads += s.quads();
            rejects.addAll(s.rejects());
            if (s.writtenTo() != null) moveWithManifest(fs, new Path(s.writtenTo()), new Path(out, s.shardName()));
        }
        moveWithManifest(fs, new Path(work, "reference.nq"), new Path(out, "reference.nq"));
        rejects.sort(Comparator.comparing(Reject::origin));
        List<String> lines = new ArrayList<>();
        lines.add("source\treason");
        rejects.forEach(r -> lines.add(r.line()));
        Outputs.writeLines(fs, new Path(out, "rejects.tsv"), lines);
        fs.delete(work, true);
        return new Result(shards, documents, facts, quads, rejects, listing.skipped());
    }

    /** The output folder must be new or empty, so no shard of an earlier run is loaded with this one's. */
    private static void prepare(FileSystem fs, Path out, boolean overwrite) throws IOException {
        if (fs.exists(out)) {
            FileStatus st = fs.getFileStatus(out);
            if (!st.isDirectory()) throw new InputError(out + ": is a file, expected a folder for the shards");
            if (fs.listStatus(out).length > 0) {
                if (!overwrite) throw new InputError(out + ": folder not empty, expected a new or empty folder for the shards (or --overwrite)");
                fs.delete(out, true);
            }
        }
        fs.mkdirs(out);
    }

    /** The ontology and entity graphs, once for the whole job, as a shard of their own. */
    private static void writeReference(FileSystem fs, Path file) throws IOException {
        Outputs.writeLines(fs, Outputs.manifestOf(file), ReferenceShard.write(fs.create(file, true)).lines());
    }

    private static void moveWithManifest(FileSystem fs, Path from, Path to) throws IOException {
        rename(fs, Outputs.manifestOf(from), Outputs.manifestOf(to));
        rename(fs, from, to);
    }

    private static void rename(FileSystem fs, Path from, Path to) throws IOException {
        if (!fs.rename(from, to)) throw new IOException("cannot move " + from + " to " + to);
    }
}
