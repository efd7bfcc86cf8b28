package org.chipgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.TaskContext;
import org.chipgraph.error.InputError;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.ingest.DocumentResult;
import org.chipgraph.store.Manifest;
import org.chipgraph.store.NQuadsStream;
import scala.Tuple2;

/**
 * The work of one partition: its articles, sorted by document, through the CLI's extractor into one N-Quads
 * shard with its manifest. A bad article becomes a reject and the rest go on; the second source of a
 * document already written (two files with one {@code # url:}) is a reject naming the first, as in ingest.
 */
final class ShardTask implements java.io.Serializable {
    private final ExtractionSettings settings;
    private final HadoopConf conf;
    private final String workDir;

    ShardTask(ExtractionSettings settings, HadoopConf conf, String workDir) {
        this.settings = settings;
        this.conf = conf;
        this.workDir = workDir;
    }

    static String shardName(int partition) {
        return String.format("shard-%05d.nq", partition);
    }

    ShardSummary run(int partition, Iterator<Tuple2<String, ArticleSource>> articles) throws IOException {
        ArticleIngest pipeline = settings.pipeline();
        String name = shardName(partition);
        TaskContext task = TaskContext.get();
        // Each attempt writes its own file; the driver keeps the files of the attempts that succeeded.
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(workDir, "attempt-" + (task == null ? 0 : task.taskAttemptId()) + "/" + name);
        FileSystem fs = Outputs.fileSystem(file, conf.configuration());
        List<Reject> rejects = new ArrayList<>();
        long documents = 0, facts = 0;
        NQuadsStream out = null;
        String lastDoc = null, lastOrigin = null;
        try {
            while (articles.hasNext()) {
                ArticleSource a = articles.next()._2();
                if (a.unreadable() != null) {
                    rejects.add(new Reject(a.origin(), a.unreadable()));
                    continue;
                }
                if (a.docIri().equals(lastDoc)) {
                    rejects.add(new Reject(a.origin(), a.origin() + ": same document as " + lastOrigin + " (" + a.docIri()
                            + "), expected one source per document; give each a distinct '# url:' header"));
                    continue;
                }
                DocumentResult r;
                try {
                    r = pipeline.process(Path.of(a.path()), a.bytes(), a.relativeName());
                } catch (InputError e) {
                    rejects.add(new Reject(a.origin(), e.getMessage()));
                    continue;
                } catch (RuntimeException e) {
                    rejects.add(new Reject(a.origin(), String.valueOf(e.getMessage())));
                    continue;
                }
                if (out == null) out = new NQuadsStream(fs.create(file, true));
                r.graph().quads().forEach(out);
                documents++;
                facts += r.facts().size();
                lastDoc = a.docIri();
                lastOrigin = a.origin();
            }
            if (out == null) return new ShardSummary(name, null, 0, 0, 0, rejects);
            Manifest m = out.finish();
            Outputs.writeLines(fs, Outputs.manifestOf(file), m.lines());
            return new ShardSummary(name, file.toString(), documents, facts, m.quads(), rejects);
        } finally {
            if (out != null) out.close();
        }
    }
}
