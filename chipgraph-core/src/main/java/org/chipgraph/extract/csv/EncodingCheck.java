package org.chipgraph.extract.csv;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Finds where a file stops being valid in an encoding, for the error message: the decoder reading the CSV
 * fails a buffer ahead of the parser, so the line is found by decoding the bytes again, in chunks.
 */
final class EncodingCheck {
    private EncodingCheck() {}

    /** "line N (byte 0xE9 at offset K)", or a plain text when the bad byte cannot be found. */
    static String whereInvalid(Path file, Charset charset) {
        CharsetDecoder dec = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        long offset = 0, line = 1;
        try (InputStream s = Files.newInputStream(file)) {
            int n;
            boolean eof = false;
            while (!eof) {
                n = s.read(in.array(), in.position(), in.remaining());
                if (n < 0) eof = true; else in.position(in.position() + n);
                in.flip();
                int start = in.position();
                CoderResult r = dec.decode(in, out, eof);
                for (int i = start; i < in.position(); i++) if (in.get(i) == '\n') line++;
                if (r.isError()) {
                    long at = offset + in.position();
                    return "line " + line + " (byte 0x" + String.format("%02X", in.get(in.position()) & 0xff) + " at offset " + at + ")";
                }
                offset += in.position();
                in.compact();
                out.clear();
            }
        } catch (IOException e) {
            return "unknown position";
        }
        return "unknown position";
    }
}
