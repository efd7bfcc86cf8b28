package org.chipgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.jena.sparql.core.Quad;
import org.chipgraph.source.Sha256;
import org.chipgraph.store.FileErrors;
import org.chipgraph.store.Manifest;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.riot.RDFFormat;
import org.chipgraph.error.InputError;
import org.chipgraph.ingest.Failure;
import org.chipgraph.ingest.Progress;
import org.chipgraph.ingest.SourceFiles;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.store.GraphContent;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {"Extract facts from articles into an N-Quads file, without a store.",
                "Load the file later with 'chipgraph load'; extraction can run anywhere, in parallel.",
                "Beside FILE.nq it writes FILE.nq.manifest (checksum, quads per graph), which 'load' checks.",
                "",
                "Example:",
                "  chipgraph extract samples/ -o facts.nq && chipgraph load facts.nq"})
public final class ExtractCommand implements Callable<Integer> {
    @Mixin ExtractionOptions extraction;
    @Mixin Debug debug;

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Articles (.txt) or folders of them.")
    List<Path> inputs;

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "FILE.nq", description = "N-Quads file to write.")
    Path output;

    @Option(names = "--keep-going", description = "Write the good documents and list the failures (exit 1 if any).")
    boolean keepGoing;

    @Option(names = "--no-reference", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Include the ontology and entity graphs in the output (default: ${DEFAULT-VALUE}).")
    boolean reference;

    @Override
    public Integer call() throws IOException {
        SourceFiles sources = SourceFiles.of(inputs);
        if (!sources.tables().isEmpty()) {
            throw new InputError(sources.tables().get(0) + ": CSV tables are not supported by extract, expected .txt articles (use 'chipgraph ingest')");
        }
        if (Files.isDirectory(output)) throw new InputError(output + ": is a folder, expected the name of the N-Quads file to write");
        Path folder = output.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) throw new InputError(output + ": cannot write, the folder " + folder + " does not exist");
        ReferenceData ref = ReferenceData.load();
        Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".part");
        Path manifestFile = Manifest.beside(output);
        Path manifestTmp = output.toAbsolutePath().resolveSibling(manifestFile.getFileName() + ".part");
        List<Failure> failures = new ArrayList<>();
        long[] counts = new long[2];
        Map<String, Long> perGraph = new LinkedHashMap<>();
        MessageDigest sha = Sha256.digest();
        Progress progress = new Progress("extract", sources.articles().size(), Progress.onTerminal());
        // Written to side files and moved into place: a failed run leaves no half-written output and no .part file.
        try {
            try (OutputStream out = new BufferedOutputStream(new DigestOutputStream(open(tmp), sha))) {
                StreamRDF w = StreamRDFWriter.getWriterStream(out, RDFFormat.NQUADS);
                Consumer<Quad> quad = q -> {
                    w.quad(q);
                    perGraph.merge(q.isDefaultGraph() ? Manifest.DEFAULT_GRAPH : q.getGraph().getURI(), 1L, Long::sum);
                };
                w.start();
                if (reference) for (GraphContent gc : ref.graphs()) gc.quads().forEach(quad);
                extraction.pipeline(ref).run(sources.articles(), sources::relativeName, keepGoing, r -> {
                    r.graph().quads().forEach(quad);
                    counts[0]++;
                    counts[1] += r.facts().size();
                    progress.update(counts[0] + failures.size());
                }, f -> {
                    failures.add(f);
                    progress.update(counts[0] + failures.size());
                });
                w.finish();
            }
            if (!failures.isEmpty() && !keepGoing) {
                Files.deleteIfExists(tmp);
                return IngestCommand.reportFailures(failures);
            }
            long total = perGraph.values().stream().mapToLong(Long::longValue).sum();
            new Manifest(HexFormat.of().formatHex(sha.digest()), total, perGraph).write(manifestTmp);
            Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(manifestTmp, manifestFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new InputError(output + ": cannot write (" + FileErrors.plain(e) + ")");
        } finally {
            Files.deleteIfExists(tmp);
            Files.deleteIfExists(manifestTmp);
        }
        System.out.printf("extracted %d documents, %d facts to %s (%d skipped), manifest %s%n", counts[0], counts[1], output, sources.skipped().size(), manifestFile);
        return IngestCommand.reportFailures(failures);
    }

    private static OutputStream open(Path file) throws IOException {
        return Files.newOutputStream(file);
    }
}
