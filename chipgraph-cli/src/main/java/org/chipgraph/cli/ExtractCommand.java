package org.chipgraph.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chipgraph.store.FileErrors;
import org.chipgraph.store.Manifest;
import org.chipgraph.store.NQuadsFile;
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
    @Mixin Output console;
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
        Path manifestFile = Manifest.beside(output);
        List<Failure> failures = new ArrayList<>();
        long[] counts = new long[2];
        Progress progress = new Progress("extract", sources.articles().size(), Progress.onTerminal());
        // Written to side files and moved into place: a failed run leaves no half-written output and no .part file.
        try (NQuadsFile file = new NQuadsFile(output)) {
            if (reference) for (GraphContent gc : ref.graphs()) gc.quads().forEach(file);
            extraction.pipeline(ref).run(sources.articles(), sources::relativeName, keepGoing, r -> {
                r.graph().quads().forEach(file);
                counts[0]++;
                counts[1] += r.facts().size();
                progress.update(counts[0] + failures.size());
            }, f -> {
                failures.add(f);
                progress.update(counts[0] + failures.size());
            });
            if (!failures.isEmpty() && !keepGoing) return console.reportFailures(failures);
            file.commit();
        } catch (IOException e) {
            throw new InputError(output + ": cannot write (" + FileErrors.plain(e) + ")");
        }
        console.out().printf("extracted %d documents, %d facts to %s (%d skipped), manifest %s%n", counts[0], counts[1], output, sources.skipped().size(), manifestFile);
        return console.reportFailures(failures);
    }
}
