package org.chipgraph.cli;

import org.chipgraph.extract.NewsExtractor;
import org.chipgraph.error.InputError;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.ingest.ArticleIngest;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.rdf.RegistryScope;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.HeaderCheck;
import org.chipgraph.source.LanguageDetector;
import java.time.LocalDate;
import java.time.ZoneOffset;
import picocli.CommandLine.Option;

/** Options shared by the commands that read articles: --date, --threads, --registry, --trust-headers. */
public final class ExtractionOptions {
    @Option(names = "--date", paramLabel = "YYYY[-MM[-DD]]",
            description = "Date for articles that carry none (no '# date:' header and none in their first lines).")
    String date;

    @Option(names = "--threads", paramLabel = "N", description = "Extraction threads (default: number of cores).")
    int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--registry", paramLabel = "full|core",
            description = "Which registry entities the extractor knows: full (default) or core (ontology/registry-core.txt, to measure discovery).")
    String registry = "full";

    /** The reference data reduced to the chosen registry scope. */
    private ReferenceData reference(ReferenceData full) {
        RegistryScope scope = switch (registry) {
            case "full" -> RegistryScope.FULL;
            case "core" -> RegistryScope.CORE;
            default -> throw new InputError("--registry: '" + registry + "' is not a registry scope, expected full or core");
        };
        return scope.apply(full);
    }

    @Option(names = "--trust-headers",
            description = "Use a '# lang' header the detected language contradicts, or a '# date' in the future, with a warning instead of an error.")
    boolean trustHeaders;

    PartialDate fallbackDate() {
        if (date == null) return null;
        try {
            return PartialDate.parse(date);
        } catch (IllegalArgumentException e) {
            throw new InputError("--date: " + e.getMessage());
        }
    }

    ArticleIngest pipeline(ReferenceData reference) {
        return new ArticleIngest(reader(), extractor(reference), threads);
    }

    /** The article reader these options make (fallback date, header check). */
    ArticleReader reader() {
        LanguageDetector languages = new LanguageDetector();
        return new ArticleReader(languages, fallbackDate(), new HeaderCheck(languages, trustHeaders, LocalDate.now(ZoneOffset.UTC)));
    }

    /** The news extractor these options make (registry scope). */
    NewsExtractor extractor(ReferenceData reference) {
        return new NewsExtractor(reference(reference), !"full".equals(registry));
    }
}
