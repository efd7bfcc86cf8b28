package org.chipgraph.source;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.PartialDate;

/**
 * Reads a news article from a UTF-8 text file: optional "# key: value" header lines, then the text.
 * Rejects what is not an article (empty, binary, not UTF-8, malformed header, no date) with an
 * {@link InputError} naming the file and line.
 */
public final class ArticleReader {

    static final Set<String> KNOWN_HEADERS = Set.of("url", "date", "lang", "title", "source", "author");
    private static final Pattern HEADER = Pattern.compile("#\\s*([A-Za-z][\\w-]*)\\s*:\\s*(.*)");
    private static final Set<String> LANGUAGES = Set.of("en", "de");

    private final LanguageDetector languages;
    private final PartialDate fallbackDate;
    private final HeaderCheck headerCheck;

    /** @param fallbackDate the date for articles that carry none (--date), or null to reject them */
    public ArticleReader(LanguageDetector languages, PartialDate fallbackDate) {
        this(languages, fallbackDate, new HeaderCheck(languages, false, java.time.LocalDate.now(java.time.ZoneOffset.UTC)));
    }

    /** @param headerCheck what to do with a '# lang' or '# date' header the text or the calendar contradicts */
    public ArticleReader(LanguageDetector languages, PartialDate fallbackDate, HeaderCheck headerCheck) {
        this.languages = languages;
        this.fallbackDate = fallbackDate;
        this.headerCheck = headerCheck;
    }

    /** The largest article read (a news article is a few KB; a bigger file is a mistake, and would hold up the pipeline). */
    public static final long MAX_BYTES = 10L * 1024 * 1024;

    public Article read(Path file) {
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new InputError(file + ": " + size + " bytes, expected a news article of at most " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputError(file + ": cannot read file (" + org.chipgraph.store.FileErrors.plain(e) + ")");
        }
        return read(file, bytes);
    }

    public Article read(Path file, byte[] bytes) {
        String content = decode(file, bytes);
        if (content.isBlank()) throw new InputError(file + ": empty file, expected a news article in UTF-8 text");
        String name = file.getFileName().toString();

        Map<String, String> headers = new LinkedHashMap<>();
        int pos = content.startsWith("\uFEFF") ? 1 : 0;
        int lineNo = 0;
        while (pos < content.length()) {
            int eol = content.indexOf('\n', pos);
            int next = eol < 0 ? content.length() : eol + 1;
            String line = content.substring(pos, eol < 0 ? content.length() : eol).strip();
            lineNo++;
            if (!line.startsWith("#")) break;
            Matcher m = HEADER.matcher(line);
            if (!m.matches()) {
                throw new InputError(file + ":" + lineNo + ": malformed header line '" + abbreviate(line)
                        + "', expected '# key: value' (keys: " + String.join(", ", KNOWN_HEADERS) + ")");
            }
            String key = m.group(1).toLowerCase();
            String value = m.group(2).strip();
            if (value.isEmpty()) throw new InputError(file + ":" + lineNo + ": header '" + key + "' has no value, expected '# " + key + ": VALUE'");
            headers.put(key, value);
            pos = next;
        }
        int bodyStart = pos;
        String body = content.substring(bodyStart);
        if (body.isBlank()) throw new InputError(file + ": no text after the header lines, expected an article body");

        String lang = headers.get("lang");
        if (lang != null) {
            lang = lang.toLowerCase();
            if (!LANGUAGES.contains(lang)) {
                throw new InputError(file + ": header 'lang' is '" + abbreviate(lang) + "', expected one of " + LANGUAGES);
            }
            headerCheck.language(file, lang, body);
        } else {
            String detected = languages.detect(body);
            if (!LANGUAGES.contains(detected)) {
                throw new InputError(file + ": text is in language '" + detected + "', expected English or German (or set '# lang: en|de')");
            }
            lang = detected;
        }

        PartialDate date;
        if (headers.containsKey("date")) {
            try {
                date = PartialDate.parse(headers.get("date"));
            } catch (IllegalArgumentException e) {
                throw new InputError(file + ": header 'date': " + printable(e.getMessage()));
            }
            headerCheck.date(file, date);
        } else {
            date = DateLineFinder.find(body, lang).orElse(fallbackDate);
            if (date == null) {
                throw new InputError(file + ": no date found (no '# date:' header, none in its first lines); give one with --date YYYY-MM-DD");
            }
        }
        return new Article(file, name, content, bodyStart, Map.copyOf(headers), lang, date,
                headers.get("title"), headers.get("url"), Sha256.hex(bytes));
    }

    private static String decode(Path file, byte[] bytes) {
        int probe = Math.min(bytes.length, 8192);
        for (int i = 0; i < probe; i++) {
            if (bytes[i] == 0) throw new InputError(file + ": binary file (NUL byte at offset " + i + "), expected UTF-8 text");
        }
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new InputError(file + ": not valid UTF-8 (" + firstBadByte(bytes) + "), expected UTF-8 text; convert it with iconv -f LATIN1 -t UTF-8");
        }
    }

    private static String firstBadByte(byte[] bytes) {
        var dec = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        var out = java.nio.CharBuffer.allocate(bytes.length + 1);
        var r = dec.decode(in, out, true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) if (bytes[i] == '\n') line++;
        return r.isError() ? "bad byte 0x" + String.format("%02X", bytes[in.position()] & 0xff) + " on line " + line : "malformed";
    }

    private static String abbreviate(String s) { return printable(s.length() > 60 ? s.substring(0, 57) + "..." : s); }

    /** Text from the file shown in a message: control characters (a stray CR) escaped, so the message stays one line. */
    static String printable(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(c -> {
            if (Character.isISOControl(c) || c == 0x2028 || c == 0x2029 || c == 0x85) b.append(String.format("\\u%04X", c));
            else b.appendCodePoint(c);
        });
        return b.toString();
    }
}
