package org.chipgraph.serve;

import java.io.Reader;
import java.io.StringReader;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.lang.arq.javacc.ARQParser;

/**
 * Parses a query's text before Fuseki does, under the time limit: the parser reads through a Reader
 * that fails once the deadline has passed, so a huge text stops being parsed within a few thousand
 * characters of the limit, and runs on a thread with the default stack, like Jetty's, so a text too deep
 * for Fuseki (its parser, its formatting of the query for the log, its algebra) is found here and answered
 * 400 instead of a 500 with a StackOverflowError. Syntax errors are left for Fuseki to report.
 */
final class TimedParse {
    private TimedParse() {}

    enum Outcome { OK, TOO_SLOW, TOO_DEEP }

    static Outcome check(String text, long deadlineNanos) {
        FutureTask<Outcome> task = new FutureTask<>(() -> {
            try {
                ARQParser parser = new ARQParser(new DeadlineReader(new StringReader(text), deadlineNanos));
                Query query = new Query();
                parser.setQuery(query);
                parser.QueryUnit();
                // Fuseki formats the query for its log and compiles it: both recurse as deep as the text nests.
                query.toString();
                org.apache.jena.sparql.algebra.Algebra.compile(query);
                return Outcome.OK;
            } catch (StackOverflowError e) {
                return Outcome.TOO_DEEP;
            } catch (Throwable e) {
                return System.nanoTime() > deadlineNanos ? Outcome.TOO_SLOW : Outcome.OK;
            }
        });
        Thread t = new Thread(task, "chipgraph-parse");
        t.setDaemon(true);
        t.start();
        try {
            return task.get(Math.max(0, deadlineNanos - System.nanoTime()) + 50_000_000L, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return Outcome.TOO_SLOW; // the reader stops the parse at its next read
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Outcome.TOO_SLOW;
        } catch (ExecutionException e) {
            return Outcome.OK;
        }
    }

    private static final class DeadlineReader extends java.io.FilterReader {
        private final long deadline;

        DeadlineReader(Reader in, long deadline) {
            super(in);
            this.deadline = deadline;
        }

        @Override
        public int read(char[] buf, int off, int len) throws java.io.IOException {
            if (System.nanoTime() > deadline) throw new java.io.IOException("time limit");
            return super.read(buf, off, Math.min(len, 4096));
        }
    }
}
