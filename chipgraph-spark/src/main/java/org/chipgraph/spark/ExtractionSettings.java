package org.chipgraph.spark;

import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.HeaderCheck;
import org.chipgraph.source.LanguageDetector;

/**
 * What the CLI's extraction options say ({@code --date}, {@code --trust-headers}), sent to every task; and
 * the one pipeline per JVM built from them, so an executor loads the patterns, the registry and OpenNLP's
 * models once, not once per task.
 */
record ExtractionSettings(String fallbackDate, boolean trustHeaders) implements Serializable {

    private static final Map<ExtractionSettings, ArticleIngest> PIPELINES = new ConcurrentHashMap<>();

    ArticleIngest pipeline() {
        return PIPELINES.computeIfAbsent(this, s -> {
            LanguageDetector languages = new LanguageDetector();
            PartialDate date = s.fallbackDate == null ? null : PartialDate.parse(s.fallbackDate);
            return new ArticleIngest(new ArticleReader(languages, date, new HeaderCheck(languages, s.trustHeaders, LocalDate.now(ZoneOffset.UTC))),
                    new NewsExtractor(ReferenceData.load()), 1);
        });
    }
}
