package org.chipgraph.cli;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.Callable;
import org.chipgraph.error.InputError;
import org.chipgraph.store.FileErrors;
import org.chipgraph.store.LoadCheck;
import org.chipgraph.store.Manifest;
import org.chipgraph.export.StoreExport;
import org.chipgraph.store.TdbStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "export", mixinStandardHelpOptions = true,
        footer = "%nExample: chipgraph export --db chipgraph-db -f nq -o graph.nq",
        description = {"Write the store out: nq and trig keep the named graphs (one per document);",
                "ttl writes the union of all graphs; jsonld the whole dataset."})
public final class ExportCommand implements Callable<Integer> {
    @Mixin Output console;
    @Mixin StoreOption store;
    @Mixin Debug debug;

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "ttl, trig, nq or jsonld (default: ${DEFAULT-VALUE}).")
    String format = "trig";

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Output file (default: standard output).")
    Path output;

    @Override
    public Integer call() throws IOException {
        StoreExport.Format fmt = StoreExport.format(format);
        try (TdbStore db = TdbStore.openReadOnly(store.db)) {
            if (output == null) {
                OutputStream out = new BufferedOutputStream(System.out);
                StoreExport.write(db.datasetGraph(), fmt, out);
                out.flush();
            } else {
                if (Files.isDirectory(output)) throw new InputError(output + ": is a folder, expected the name of the file to write");
                Path folder = output.toAbsolutePath().getParent();
                if (folder != null && !Files.isDirectory(folder)) throw new InputError(output + ": cannot write, the folder " + folder + " does not exist");
                Path tmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".part");
                Path manifestTmp = output.toAbsolutePath().resolveSibling(output.getFileName() + ".manifest.part");
                try {
                    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(tmp))) {
                        StoreExport.write(db.datasetGraph(), fmt, out);
                    }
                    // N-Quads go with a manifest, so 'chipgraph load' can verify them (and replace the reference graphs).
                    if (fmt == StoreExport.Format.NQ) LoadCheck.describe(tmp).write(manifestTmp);
                    Files.move(tmp, output, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    if (fmt == StoreExport.Format.NQ) Files.move(manifestTmp, Manifest.beside(output), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (IOException e) {
                    throw new InputError(output + ": cannot write (" + FileErrors.plain(e) + ")");
                } finally {
                    Files.deleteIfExists(tmp);
                    Files.deleteIfExists(manifestTmp);
                }
                console.err().println("wrote " + output);
            }
        }
        return 0;
    }
}
