package org.chipgraph.spark;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.chipgraph.error.InputError;

/**
 * The job's inputs, listed on the driver from any Hadoop file system: {@code .txt} articles (named by their
 * path under the folder given, as ingest names them), JSON Lines ({@code .jsonl}, {@code .json}) and Parquet
 * tables; anything else in a folder (README.md, _SUCCESS, .crc files) is skipped and counted.
 */
record InputListing(List<TextFile> articles, List<String> jsonTables, List<String> parquetTables, long tableBytes, int skipped) {

    /** An article file: where it lies, its name under the folder given, and the path recorded as its source. */
    record TextFile(String uri, String relativeName, String path, long size) implements Serializable {}

    static InputListing of(List<String> inputs, Configuration conf) {
        List<TextFile> articles = new ArrayList<>();
        List<String> json = new ArrayList<>(), parquet = new ArrayList<>();
        long[] tableBytes = {0};
        int skipped = 0;
        for (String in : inputs) {
            Path p = new Path(in);
            try {
                FileSystem fs = p.getFileSystem(conf);
                FileStatus st;
                try {
                    st = fs.getFileStatus(p);
                } catch (FileNotFoundException e) {
                    throw new InputError(in + ": no such file or folder");
                }
                Path root = st.getPath();
                if (st.isDirectory()) {
                    for (FileStatus f : walk(fs, root)) {
                        if (!add(f, relative(root, f.getPath()), articles, json, parquet, tableBytes)) skipped++;
                    }
                } else if (!add(st, root.getName(), articles, json, parquet, tableBytes)) {
                    throw new InputError(in + ": unsupported file type, expected a .txt article, a .jsonl or a .parquet table, or a folder of them");
                }
            } catch (IOException e) {
                throw new InputError(in + ": cannot list (" + e.getMessage() + ")");
            }
        }
        articles.sort(java.util.Comparator.comparing(TextFile::uri));
        json.sort(null);
        parquet.sort(null);
        return new InputListing(List.copyOf(articles), List.copyOf(json), List.copyOf(parquet), tableBytes[0], skipped);
    }

    /**
     * The files under a folder. On a local disk through java.nio (Hadoop's local listing stats every file
     * through its permission layer: minutes for 100,000 articles); elsewhere by listing each folder, without
     * the block locations a recursive listFiles would fetch per file.
     */
    private static List<FileStatus> walk(FileSystem fs, Path root) throws IOException {
        List<FileStatus> out = new ArrayList<>();
        if ("file".equals(root.toUri().getScheme())) {
            java.nio.file.Path dir = java.nio.file.Path.of(root.toUri());
            try (var files = java.nio.file.Files.walk(dir)) {
                for (java.nio.file.Path f : (Iterable<java.nio.file.Path>) files.filter(java.nio.file.Files::isRegularFile)::iterator) {
                    out.add(new FileStatus(f.toFile().length(), false, 1, 0, 0, new Path(f.toUri())));
                }
            }
            return out;
        }
        java.util.ArrayDeque<Path> folders = new java.util.ArrayDeque<>(List.of(root));
        while (!folders.isEmpty()) {
            for (FileStatus f : fs.listStatus(folders.poll())) {
                if (f.isDirectory()) folders.add(f.getPath());
                else out.add(f);
            }
        }
        return out;
    }

    private static boolean add(FileStatus f, String relativeName, List<TextFile> articles, List<String> json, List<String> parquet, long[] tableBytes) {
        String n = f.getPath().getName().toLowerCase(Locale.ROOT);
        if (n.startsWith(".")) return false;
        String uri = f.getPath().toString();
        if (n.endsWith(".txt")) articles.add(new TextFile(uri, relativeName, recordedPath(f.getPath()), f.getLen()));
        else if (n.endsWith(".jsonl") || n.endsWith(".json")) json.add(uri);
        else if (n.endsWith(".parquet")) parquet.add(uri);
        else return false;
        if (!n.endsWith(".txt")) tableBytes[0] += f.getLen();
        return true;
    }

    /** The path under {@code root}, segments joined by '/', as ingest's SourceFiles names it. */
    static String relative(Path root, Path file) {
        String r = root.toUri().getPath();
        String f = file.toUri().getPath();
        if (!r.endsWith("/")) r += "/";
        return f.startsWith(r) ? f.substring(r.length()) : file.getName();
    }

    /** The path recorded as a document's source file: the file's path on its file system (on a local disk, as ingest records it). */
    static String recordedPath(Path p) {
        return java.nio.file.Path.of(p.toUri().getPath()).normalize().toString();
    }

    int count() {
        return articles.size() + jsonTables.size() + parquetTables.size();
    }
}
