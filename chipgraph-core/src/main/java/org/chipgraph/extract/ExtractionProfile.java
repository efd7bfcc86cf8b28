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
    public enum Stage { SENTENCES, MENTIONS, CONTROLS, REFERENCES, RULES, CONVENTIONS, LEARNED }

    private final Map<Stage, LongAdder> nanos = new EnumMap<>(Stage.class);
    private final LongAdder sentences = new LongAdder();
    private final LongAdder tagged = new LongAdder();
    private final LongAdder shapeChecks = new LongAdder();
    private final LongAdder windowsTagged = new LongAdder();
    private final LongAdder windowsRemembered = new LongAdder();
    private final LongAdder wordsSplit = new LongAdder();
    private final LongAdder wordsRemembered = new LongAdder();

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

    /** A name check asked for a name a discovery shape or list found (the rest of {@link #tagged} are the name finder's). */
    void shapeChecked() { shapeChecks.increment(); tagged.increment(); }

    /** A window of text was given to the tagger; {@code remembered}: the document had tagged the same text before. */
    void window(boolean remembered) { (remembered ? windowsRemembered : windowsTagged).increment(); }

    /** A word of a window was split into tokens by the model, or ({@code remembered}) as the thread had split it before. */
    void word(boolean remembered) { (remembered ? wordsRemembered : wordsSplit).increment(); }

    /** Words of two or more characters the tokenizer's model split. */
    public long wordsSplit() { return wordsSplit.sum(); }

    /** Words answered from the thread's memory of splits ({@link WordSplits}). */
    public long wordsRemembered() { return wordsRemembered.sum(); }

    /** Of {@link #tagged}, the checks of names found by a discovery shape or a list. */
    public long shapeChecks() { return shapeChecks.sum(); }

    /** Windows the tagger actually tagged. */
    public long windowsTagged() { return windowsTagged.sum(); }

    /** Windows the document had tagged before (answered from its memo). */
    public long windowsRemembered() { return windowsRemembered.sum(); }

    public long nanos(Stage stage) { return nanos.get(stage).sum(); }

    public long sentences() { return sentences.sum(); }

    public long tagged() { return tagged.sum(); }
}
