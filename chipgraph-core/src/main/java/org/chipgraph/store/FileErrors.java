package org.chipgraph.store;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * A file-system failure in plain words a person can act on ("no permission", "disk full"), not the
 * Java exception's name: messages say the path and this.
 */
public final class FileErrors {
    private FileErrors() {}

    public static String plain(IOException e) {
        String reason = e instanceof FileSystemException fse && fse.getReason() != null ? fse.getReason() : String.valueOf(e.getMessage());
        String r = reason.toLowerCase(Locale.ROOT);
        if (e instanceof NoSuchFileException) return "does not exist";
        if (e instanceof AccessDeniedException || r.contains("permission denied")) return "no permission";
        if (e instanceof NotDirectoryException || r.contains("not a directory")) return "a part of the path is not a folder";
        if (e instanceof DirectoryNotEmptyException) return "folder is not empty";
        if (e instanceof FileAlreadyExistsException) return "already exists";
        if (r.contains("is a directory")) return "is a folder, expected a file";
        if (r.contains("no space left")) return "disk full";
        if (r.contains("read-only file system")) return "the file system is read-only";
        if (r.contains("quota")) return "disk quota exceeded";
        if (r.contains("too many open files")) return "too many open files";
        if (r.contains("file name too long")) return "file name too long";
        return reason;
    }

    /** "PATH: what is wrong", for an exception about {@code path}. */
    public static String about(java.nio.file.Path path, IOException e) {
        return path + ": " + plain(e);
    }
}
