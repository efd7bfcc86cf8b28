package org.chipgraph.serve;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;

/**
 * A response held back until the answer is complete or passes its first page: a query stopped by the time
 * limit while its answer fits the page is answered with a clean error. Any write after the deadline
 * fails and marks the response expired, so the text Fuseki appends to a stopped answer never goes out.
 */
final class FirstPageResponse extends HttpServletResponseWrapper {
    static final int PAGE = 1024 * 1024;

    private final HttpServletResponse real;
    private final long deadline;
    private final ByteArrayOutputStream page = new ByteArrayOutputStream();
    private ServletOutputStream out;
    private PrintWriter writer;
    private boolean streaming;
    private boolean expired;
    private Integer errorStatus;
    private String errorMessage;

    FirstPageResponse(HttpServletResponse real, long deadline) {
        super(real);
        this.real = real;
        this.deadline = deadline;
    }

    boolean expired() { return expired; }

    boolean streaming() { return streaming; }

    void discard() { page.reset(); }

    /** The chain is done in time: send what was held. */
    void finish() throws IOException {
        if (writer != null) writer.flush();
        if (errorStatus != null && !streaming) {
            real.sendError(errorStatus, errorMessage);
            return;
        }
        if (!streaming) {
            if (!real.isCommitted()) real.setContentLength(page.size());
            page.writeTo(real.getOutputStream());
        }
        real.flushBuffer();
    }

    @Override public boolean isCommitted() { return streaming; }

    @Override
    public void sendError(int sc, String msg) throws IOException {
        if (streaming) { real.sendError(sc, msg); return; }
        page.reset();
        errorStatus = sc;
        errorMessage = msg;
    }

    @Override public void sendError(int sc) throws IOException { sendError(sc, null); }

    @Override public void resetBuffer() { if (!streaming) page.reset(); else real.resetBuffer(); }

    @Override public void reset() { if (!streaming) { page.reset(); real.reset(); } else real.reset(); }

    @Override public void flushBuffer() throws IOException { if (streaming) real.flushBuffer(); }

    @Override
    public ServletOutputStream getOutputStream() {
        if (out == null) out = new Held();
        return out;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String cs = getCharacterEncoding() == null ? StandardCharsets.UTF_8.name() : getCharacterEncoding();
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), java.nio.charset.Charset.forName(cs)));
        }
        return writer;
    }

    private final class Held extends ServletOutputStream {
        @Override public boolean isReady() { return true; }
        @Override public void setWriteListener(WriteListener l) { throw new UnsupportedOperationException("blocking writes only"); }

        @Override
        public void write(int b) throws IOException { write(new byte[] {(byte) b}, 0, 1); }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (System.nanoTime() > deadline) {
                expired = true;
                throw new IOException("time limit");
            }
            if (streaming) {
                real.getOutputStream().write(b, off, len);
                return;
            }
            page.write(b, off, len);
            if (page.size() > PAGE) {
                streaming = true;
                page.writeTo(real.getOutputStream());
                page.reset();
            }
        }

        @Override
        public void flush() throws IOException { if (streaming) real.getOutputStream().flush(); }
    }
}
