package org.chipgraph.extract;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chipgraph.fact.EntityRef;
import org.chipgraph.fact.Fact;
import org.chipgraph.error.InputError;
import org.chipgraph.extract.learn.LearnedRelations;
import org.chipgraph.fact.Money;
import org.chipgraph.fact.PartialDate;
import org.chipgraph.fact.Provenance;
import org.chipgraph.fact.Quantity;
import org.chipgraph.fact.Relation;
import org.chipgraph.fact.Stance;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.BundledFiles;

/**
 * The news extractor: OpenNLP sentences, registry entities found by their names (plus discovered ones),
 * export-control mentions resolved by issuer and date, light coreference, and the relation rules of the
 * language's pattern file applied to each sentence rendered with typed placeholders. One instance is
 * shared by all threads: everything built in the constructor is read-only afterwards, and per-article
 * state lives in {@link ArticleRun}.
 */
public final class NewsExtractor implements ArticleExtractor {
    public static final String NAME = "chipgraph-news";
    public static final String VERSION = "0.27.0";

    private final SentenceSplitter splitter = new SentenceSplitter();
    private final Map<String, LanguageRules> languages = new HashMap<>();
    private final ReferenceEntities reference;
    private final ExportControls controls;
    private final ExtractionProfile profile = new ExtractionProfile();
    /** The learned recall stage, when it is switched on and its model is there. */
    private final java.util.Optional<LearnedRelations> learned;

    public NewsExtractor(ReferenceData reference) { this(reference, false); }

    /**
     * @param reducedRegistry the registry was cut down on purpose (to measure discovery): pattern lines about
     *                        entities it lacks are skipped, where they would otherwise be an error in the patterns
     */
    public NewsExtractor(ReferenceData reference, boolean reducedRegistry) {
        this.reference = new ReferenceEntities(reference);
        List<ExportControls.Issuer> issuers = ExportControls.issuerTable(this.reference);
        this.controls = new ExportControls(this.reference.controls, ExportControls.labelPrefixes(issuers));
        // read once for both languages: the cities are the same, only their matchers differ
        List<CityGazetteer.City> cities = CityGazetteer.load();
        for (String lang : List.of("en", "de")) {
            String file = "patterns/" + lang + ".patterns";
            var text = BundledFiles.find(file).orElseThrow(() -> new InputError(file + ": missing, expected the " + lang + " extraction patterns"));
            Map<String, String> nouns = ReferenceNouns.ofLanguage(lang);
            languages.put(lang, new LanguageRules(lang, PatternFile.parse(text.origin(), text.text(), nouns), this.reference, reducedRegistry, cities, issuers));
        }
        this.learned = LearnedRelations.ifSwitchedOn(NAME, VERSION);
    }

    @Override
    public List<Fact> extract(Article article, String docIri) {
        return extract(article, docIri, RuleTrace.NONE);
    }

    /** The article's facts; {@code trace} is told which rule gave each fact a rule gave. */
    public List<Fact> extract(Article article, String docIri, RuleTrace trace) {
        LanguageRules rules = languages.getOrDefault(article.language(), languages.get("en"));
        ArticleRun run = new ArticleRun(article, docIri, rules, reference, controls, splitter, trace, profile);
        List<Fact> facts = run.run();
        if (learned.isPresent()) {
            long t = System.nanoTime();
            facts.addAll(learned.get().facts(run.mentions(), facts, docIri, trace));
            profile.add(ExtractionProfile.Stage.LEARNED, t);
        }
        return facts;
    }

    /** The rules' facts of an article (never the learned stage's) and its mentions: what the relation classifier learns from. */
    public record Analysis(List<Fact> ruleFacts, List<SentenceMentions> mentions) {}

    public Analysis analyse(Article article, String docIri) {
        LanguageRules rules = languages.getOrDefault(article.language(), languages.get("en"));
        ArticleRun run = new ArticleRun(article, docIri, rules, reference, controls, splitter, RuleTrace.NONE, new ExtractionProfile());
        List<Fact> facts = run.run();
        return new Analysis(List.copyOf(facts), run.mentions());
    }

    /**
     * The mentions the extraction of this article recognises, per sentence, after references are resolved: a
     * read-only look for measuring (eval --miss-kinds); the facts are those of {@link #extract}.
     */
    public List<SentenceMentions> mentions(Article article, String docIri) {
        LanguageRules rules = languages.getOrDefault(article.language(), languages.get("en"));
        ArticleRun run = new ArticleRun(article, docIri, rules, reference, controls, splitter, RuleTrace.NONE, new ExtractionProfile());
        run.run();
        return run.mentions();
    }

    /** Every relation rule of every language, named by where it was written ("patterns/en.patterns:88"). */
    Map<String, String> ruleTexts() {
        Map<String, String> out = new java.util.TreeMap<>();
        for (LanguageRules l : languages.values()) for (PatternFile.Rule r : l.file.rules) out.put(r.origin(), r.relation().localName + " " + r.pattern().pattern());
        return out;
    }

    /** Where this extractor's time went, by stage, and what it read (for the benchmark). */
    public ExtractionProfile profile() { return profile; }

    @Override public String name() { return NAME; }
    @Override public String version() { return VERSION; }

    /** The type of a gazetteer entry that is a city: its ref names the city's country. */
    static final String CITY = "City";

    /** Facts under construction are keyed so that one sentence gives each fact once. */
    static String key(Fact f) {
        return f.subject().iri() + "|" + f.relation() + "|" + (f.object() != null ? f.object().iri() : f.objectText()) + "|" + f.provenance().start();
    }

    static Fact fact(EntityRef s, Relation r, EntityRef o, String text, Quantity q, Money m, PartialDate d, Stance st,
                     String attribution, double conf, String docIri, SentenceSplitter.Sentence sentence) {
        return new Fact(s, r, o, text, q, m, d, st, attribution, Math.max(0, Math.min(1, conf)),
                Provenance.ofSentence(docIri, sentence.text(), sentence.start(), sentence.end(), NAME, VERSION));
    }
}
