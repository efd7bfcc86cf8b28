package org.chipgraph.spark;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/** Small file-system steps shared by the driver and the tasks, on any Hadoop file system. */
final class Outputs {
    private Outputs() {}

    static FileSystem fileSystem(Path p, Configuration conf) throws IOException {
        FileSystem fs = p.getFileSystem(conf);
        // No .crc side files beside the shards on a local disk: load reads the folder.
        fs.setWriteChecksum(false);
        return fs;
    }

    static Path manifestOf(Path nq) {
        return new Path(nq.getParent(), nq.getName() + ".manifest");
    }

    static void writeLines(FileSystem fs, Path file, List<String> lines) throws IOException {
        try (OutputStream out = fs.create(file, true)) {
            for (String l : lines) out.write((l + "\n").getBytes(StandardCharsets.UTF_8));
        }
    }
}
