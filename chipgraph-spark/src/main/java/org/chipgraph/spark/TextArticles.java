package org.chipgraph.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.chipgraph.rdf.Iris;
import org.chipgraph.source.ArticleReader;

/** The {@code .txt} articles of the inputs, each read whole by a task from its file system. */
final class TextArticles {
    private TextArticles() {}

    static JavaRDD<ArticleSource> of(JavaSparkContext sc, InputListing inputs, HadoopConf conf) {
        // Slices of about 1,000 files: small tasks to ship, and enough of them to keep every executor busy.
        int n = inputs.articles().size();
        int slices = Math.max(1, Math.max(Math.min(n, sc.defaultParallelism()), (n + 999) / 1000));
        return sc.parallelize(inputs.articles(), slices).mapPartitions(files -> {
            Configuration c = conf.configuration(); // once per task: building a Hadoop configuration is slow
            List<ArticleSource> out = new ArrayList<>();
            while (files.hasNext()) out.add(read(files.next(), c));
            return out.iterator();
        });
    }

    static ArticleSource read(InputListing.TextFile f, Configuration conf) {
        String origin = f.path();
        if (f.size() > ArticleReader.MAX_BYTES) {
            return ArticleSource.unreadable(Iris.documentAt(f.relativeName()), origin, origin + ": " + f.size()
                    + " bytes, expected a news article of at most " + ArticleReader.MAX_BYTES / (1024 * 1024) + " MB");
        }
        Path p = new Path(f.uri());
        byte[] bytes;
        try {
            FileSystem fs = p.getFileSystem(conf);
            try (InputStream in = fs.open(p)) {
                bytes = in.readAllBytes();
            }
        } catch (IOException e) {
            return ArticleSource.unreadable(Iris.documentAt(f.relativeName()), origin, origin + ": cannot read file (" + e.getMessage() + ")");
        }
        return new ArticleSource(SourceIdentity.docIri(bytes, f.relativeName()), origin, f.path(), f.relativeName(), bytes, null);
    }
}
