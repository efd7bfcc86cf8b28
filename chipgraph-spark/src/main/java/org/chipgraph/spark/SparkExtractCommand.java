package org.chipgraph.spark;

import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.PartialDate;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract facts from articles on Apache Spark into N-Quads shards, each with",
                "the manifest 'chipgraph load' verifies; 'chipgraph load DIR' loads them, all or none.",
                "Inputs on any Hadoop file system (a local folder, hdfs://, s3a://): folders of",
                ".txt articles with '# key: value' headers, and JSON Lines (.jsonl) or Parquet",
                "files with the columns url, date, lang, title, text.",
                "Writes OUTPUT/shard-NNNNN.nq with its .manifest, OUTPUT/reference.nq (ontology",
                "and entities, once) and OUTPUT/rejects.tsv (each article that could not be",
                "read or extracted, with the reason). The same inputs give byte-identical",
                "shards, whatever the number of executors.",
                "",
                "Examples:",
                "  chipgraph-spark extract --master local[*] --input samples --output /tmp/shards",
                "  chipgraph load --db chipgraph-db /tmp/shards",
                "  spark-submit --class org.chipgraph.spark.SparkCli chipgraph-spark.jar \\",
                "      extract --input s3a://news/2024 --output s3a://shards/2024"})
public final class SparkExtractCommand implements Callable<Integer> {

    @Option(names = "--master", paramLabel = "URL", description = "Spark master (local[*], local[2], spark://HOST:7077, yarn, k8s://...); default: as spark-submit sets it, else local[*].")
    String master;

    @Option(names = "--input", required = true, paramLabel = "PATH", description = "A folder or file of articles; repeatable.")
    List<String> inputs;

    @Option(names = "--output", required = true, paramLabel = "PATH", description = "A new or empty folder for the shards.")
    String output;

    @Option(names = "--shards", paramLabel = "N", description = "Number of shards (default: one per 5,000 text articles and per 32 MB of tables).")
    Integer shards;

    @Option(names = "--overwrite", description = "Empty the output folder first if it holds files.")
    boolean overwrite;

    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]", description = "Date for articles that carry none (no '# date:' header and none in their first lines).")
    String date;

    @Option(names = "--trust-headers", description = "Use a '# lang' header the detected language contradicts, or a '# date' in the future, with a warning instead of an error.")
    boolean trustHeaders;

    @Option(names = "--debug", description = "Print stack traces with errors.")
    boolean debug;

    @Override
    public Integer call() throws Exception {
        if (shards != null && shards < 1) throw new InputError("--shards: " + shards + ", expected a number of shards of at least 1");
        if (date != null) {
            try {
                PartialDate.parse(date);
            } catch (IllegalArgumentException e) {
                throw new InputError("--date: " + e.getMessage());
            }
        }
        long t0 = System.nanoTime();
        SparkSessions.Session session = SparkSessions.open(master);
        ShardJob.Result r;
        try {
            r = new ShardJob(session.spark(), new ExtractionSettings(date, trustHeaders)).run(inputs, output, shards, overwrite);
        } finally {
            session.close();
        }
        System.out.printf("extracted %d documents, %d facts, %d quads into %d shards in %s (%d rejected, listed in rejects.tsv; %d other files skipped); %.1f s%n",
                r.documents(), r.facts(), r.quads(), r.shards(), output, r.rejects().size(), r.skipped(), (System.nanoTime() - t0) / 1e9);
        if (!r.rejects().isEmpty()) System.err.println("chipgraph-spark: " + r.rejects().size() + " article(s) rejected, e.g. " + r.rejects().get(0).reason());
        return 0;
    }
}
