package org.chipgraph.extract;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;

/**
 * Where one extractor's time goes, stage by stage, and how many sentences it read and how many new names it had
 * OpenNLP's tagger check; kept per extractor (not per JVM) and safe for many threads. For the benchmark's report.
 */
public final class ExtractionProfile {
    /** The stages of an article's extraction, in order. */
    public enum Stage { SENTENCES, MENTIONS, CONTROLS, REFERENCES, RULES, CONVENTIONS }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder sentences = new LongAdder();
    private final LongAdder tagged = new LongAdder();

    public ExtractionProfile() {
        for (Stage s : Stage.values()) nanos.put(s, new LongAdder());
    }

    /** Adds the time since {@code since} to a stage and returns now. */
    long add(Stage stage, long since) {
        long now = System.nanoTime();
        nanos.get(stage).add(now - since);
        return now;
    }

    void sentences(int n) { sentences.add(n); }

    void nameChecked() { tagged.increment(); }

    public long nanos(Stage stage) { return nanos.get(stage).sum(); }

    public long sentences() { return sentences.sum(); }

    public long tagged() { return tagged.sum(); }
}
