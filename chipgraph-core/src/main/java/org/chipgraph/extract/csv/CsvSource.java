package org.chipgraph.extract.csv;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.chipgraph.error.InputError;

/**
 * A CSV file opened with a dialect: decoded strictly in the declared encoding (a byte that is not valid
 * there is an error, not a replacement character), an optional leading byte-order mark dropped, and the
 * file's SHA-256 computed while it is read, so the file is read once.
 */
final class CsvSource implements AutoCloseable {
    private final MessageDigest digest;
    private final CSVParser parser;

    CsvSource(Path file, CsvDialect dialect) {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
        try {
            InputStream in = new DigestInputStream(Files.newInputStream(file), digest);
            var decoder = dialect.encoding().newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
            PushbackReader r = new PushbackReader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16), 1);
            int first = r.read();
            if (first >= 0 && !(first == '\uFEFF' && dialect.bom())) r.unread(first);
            parser = dialect.format().parse(r);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw invalidEncoding(file, dialect, null);
        } catch (IOException e) {
            throw new InputError(file + ": cannot read (" + e.getMessage() + "), expected a readable CSV file");
        }
    }

    Iterator<CSVRecord> records() { return parser.iterator(); }

    long line() { return parser.getCurrentLineNumber(); }

    /** The SHA-256 of the bytes read so far (all of them once the records are exhausted). */
    String sha256() { return HexFormat.of().formatHex(digest.digest()); }

    /** The header (first record) of a file, or null when it is not CSV in this dialect; bytes invalid in its encoding are an error. */
    static List<String> header(Path file, CsvDialect dialect) {
        try (CsvSource s = new CsvSource(file, dialect)) {
            Iterator<CSVRecord> it = s.records();
            if (!it.hasNext()) return null;
            List<String> h = new ArrayList<>();
            it.next().forEach(h::add);
            return h;
        } catch (UncheckedIOException e) {
            if (e.getCause() instanceof java.nio.charset.CharacterCodingException) throw invalidEncoding(file, dialect, null);
            return null;
        }
    }

    static InputError invalidEncoding(Path file, CsvDialect dialect, String mappingName) {
        return new InputError(file + ": " + EncodingCheck.whereInvalid(file, dialect.encoding()) + ": bytes that are not valid "
                + dialect.encoding() + ", expected the encoding declared by " + (mappingName != null ? mappingName : "the mapping")
                + " (convert the file, e.g. iconv -f LATIN1 -t UTF-8, or declare encoding= in the mapping)");
    }

    @Override public void close() {
        try {
            parser.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
