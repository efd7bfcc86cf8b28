package org.chipgraph.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.chipgraph.extract.ArticleExtractor;
import org.chipgraph.fact.Fact;
import org.chipgraph.error.InputError;
import org.chipgraph.rdf.DocumentGraph;
import org.chipgraph.rdf.Iris;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.store.GraphContent;

/**
 * Reads and extracts articles on several threads, in input order, and hands them on in batches.
 * Extraction finishes before a document is handed on, so a document that fails never reaches the store.
 */
public final class ArticleIngest {
    /** Text of the articles being extracted or waiting to be handed on, at most (their results take 10-25 times that in the heap). */
    static final long LOOK_AHEAD_BYTES = 8L << 20;

    private final ArticleReader reader;
    private final ArticleExtractor extractor;
    private final int threads;
    /** Articles extracted ahead of the one being handed on, at most. */
    private final int lookAhead;

    public ArticleIngest(ArticleReader reader, ArticleExtractor extractor, int threads) {
        this(reader, extractor, threads, 4 * Math.max(1, threads));
    }

    private ArticleIngest(ArticleReader reader, ArticleExtractor extractor, int threads, int lookAhead) {
        this.reader = reader;
        this.extractor = extractor;
        this.threads = Math.max(1, threads);
        this.lookAhead = Math.max(this.threads, lookAhead);
    }

    /**
     * This pipeline extracting up to {@code docs} articles ahead of the one its sink takes (and at most
     * {@link #LOOK_AHEAD_BYTES} of their text): a sink that writes a batch of that many documents in one go (a store
     * commit) then finds the next batch extracted meanwhile, where with a few articles of look-ahead the extractors
     * stood still during every commit. Never less look-ahead than this pipeline has.
     */
    public ArticleIngest lookingAhead(int docs) {
        return docs <= lookAhead ? this : new ArticleIngest(reader, extractor, threads, docs);
    }

    int lookAhead() { return lookAhead; }

    /** Reads, extracts and builds the named graph of one article given alone (named by its file name). */
    public DocumentResult process(Path file) {
        return process(file, file.getFileName().toString());
    }

    /**
     * Reads, extracts and builds the named graph of one article; throws InputError on bad input.
     * @param relativeName the file's path under the folder it was found in, its identity unless it has a {@code # url:} header
     */
    public DocumentResult process(Path file, String relativeName) {
        return extract(reader.read(file), file, relativeName);
    }

    /**
     * As {@link #process(Path, String)} for an article whose bytes were read elsewhere (a distributed
     * file system, a row of a table): {@code file} names it in messages and is recorded as its source.
     */
    public DocumentResult process(Path file, byte[] bytes, String relativeName) {
        return extract(reader.read(file, bytes), file, relativeName);
    }

    private DocumentResult extract(Article article, Path file, String relativeName) {
        String docIri = identity(article, relativeName);
        List<Fact> facts;
        try {
            facts = extractor.extract(article, docIri);
        } catch (InputError e) {
            throw e;
        } catch (RuntimeException e) {
            // An extractor bug must not take the batch down silently: name the document.
            throw new IllegalStateException(file + ": extractor failed: " + e, e);
        }
        return new DocumentResult(file, article, facts,
                new GraphContent(docIri, DocumentGraph.of(docIri, article, relativeName, facts)));
    }

    /** A document is its {@code # url:} when it has one (the same article wherever its file lies), else its path under the ingested folder. */
    static String identity(Article article, String relativeName) {
        return article.url() != null ? Iris.documentFromUrl(article.url()) : Iris.documentAt(relativeName);
    }

    /**
     * Processes {@code files} in order on the worker threads, handing each result (or failure) to
     * {@code sink} in input order. With {@code keepGoing} false, stops at the first failure.
     */
    public void run(List<Path> files, boolean keepGoing, Consumer<DocumentResult> sink, Consumer<Failure> failures) {
        run(files, f -> f.getFileName().toString(), keepGoing, sink, failures);
    }

    /**
     * As {@link #run(List, boolean, Consumer, Consumer)}, each file identified by {@code names} (see
     * {@link SourceFiles#relativeName}). Two files of one run that would be the same document are a
     * failure naming both; so is a {@link DocumentClash} thrown by {@code sink}.
     */
    public void run(List<Path> files, Function<Path, String> names, boolean keepGoing, Consumer<DocumentResult> sink, Consumer<Failure> failures) {
        Map<String, Path> seen = new HashMap<>();
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "extract");
            t.setDaemon(true);
            return t;
        });
        try {
            Deque<Future<DocumentResult>> window = new ArrayDeque<>();
            Deque<Long> windowBytes = new ArrayDeque<>();
            long bytes = 0;
            int next = 0;
            List<Path> order = new ArrayList<>(files);
            int consumed = 0;
            while (consumed < order.size()) {
                // bounded look-ahead (articles and bytes) keeps memory flat whatever the corpus size
                while (next < order.size() && window.size() < lookAhead && (window.isEmpty() || bytes < LOOK_AHEAD_BYTES)) {
                    Path f = order.get(next++);
                    String name = names.apply(f);
                    long size = sizeOf(f);
                    bytes += size;
                    windowBytes.add(size);
                    window.add(pool.submit(() -> process(f, name)));
                }
                Future<DocumentResult> fut = window.poll();
                bytes -= windowBytes.poll();
                Path file = order.get(consumed++);
                try {
                    DocumentResult r = fut.get();
                    Path first = seen.putIfAbsent(r.graph().graphIri(), file);
                    if (first != null) throw new DocumentClash(clash(first, file, r, names.apply(file)));
                    sink.accept(r);
                } catch (DocumentClash e) {
                    failures.accept(new Failure(file, e.getMessage()));
                    if (!keepGoing) {
                        window.forEach(w -> w.cancel(true));
                        return;
                    }
                } catch (ExecutionException e) {
                    Throwable c = e.getCause();
                    String msg = c instanceof InputError ? c.getMessage()
                            : c.getMessage() != null && c.getMessage().startsWith(file.toString()) ? c.getMessage()
                            : file + ": " + c;
                    failures.accept(new Failure(file, msg));
                    if (!keepGoing) {
                        window.forEach(w -> w.cancel(true));
                        return;
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted", e);
                }
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long sizeOf(Path f) {
        try {
            return Files.size(f);
        } catch (IOException e) {
            return 0; // the article's own reading reports it
        }
    }

    private static String clash(Path first, Path second, DocumentResult r, String name) {
        String why = r.article().url() != null
                ? "both have '# url: " + r.article().url() + "'"
                : "both are '" + name + "' under the folders given";
        return second + ": same document as " + first + " (" + why + "), expected one source per document;"
                + " give each a distinct '# url:' header, or ingest their common folder";
    }
}
