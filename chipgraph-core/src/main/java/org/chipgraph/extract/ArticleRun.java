package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.List;
import org.chipgraph.fact.Fact;
import org.chipgraph.source.Article;

/**
 * The extraction of one article, as stages with one job each: sentences ({@link SentenceSplitter}); mentions
 * ({@link MentionFinder}); the export control each control mention speaks of ({@link ControlResolver}); references
 * to what the article named before ({@link References}); lists ({@link Coordination}); the sentence as the rules see it
 * ({@link SentenceRenderer}); rule matching ({@link RuleMatcher}), again with names only a rule's slot can confirm
 * ({@link SlotNames}) into facts ({@link FactBuilder}); and the
 * article-level conventions ({@link ArticleConventions}) and deal values and deliveries told apart from their deal ({@link DealValues}, {@link DeliveryFollowUps}). An ArticleRun belongs to one thread.
 */
final class ArticleRun {
    private final Article article;
    private final String docIri;
    private final LanguageRules lang;
    private final ReferenceEntities reference;
    private final ExportControls controls;
    private final SentenceSplitter splitter;
    private final RuleTrace trace;
    private final ExtractionProfile profile;
    /** The sentences as analysed, kept after {@link #run()} for {@link #mentions()}. */
    private List<SentenceState> states = List.of();

    ArticleRun(Article article, String docIri, LanguageRules lang, ReferenceEntities reference,
               ExportControls controls, SentenceSplitter splitter, RuleTrace trace, ExtractionProfile profile) {
        this.article = article;
        this.docIri = docIri;
        this.lang = lang;
        this.reference = reference;
        this.controls = controls;
        this.splitter = splitter;
        this.trace = trace;
        this.profile = profile;
    }

    List<Fact> run() {
        ControlResolver controlChoice = new ControlResolver(article, lang, reference, controls);
        Coreference coref = new Coreference(reference.seats);
        References references = new References(lang, coref);
        Coordination lists = new Coordination(lang);
        FactBuilder facts = new FactBuilder(docIri, lang, reference, controlChoice, coref, trace);
        RuleMatcher rules = new RuleMatcher(lang, facts);
        SlotNames slotNames = new SlotNames(lang, rules);
        // (the article's short forms, shared by the names found first and those a rule's slot confirms)
        ArticleShortForms shortForms = new ArticleShortForms(lang.discovery);
        ConfirmedNames confirmedNames = new ConfirmedNames(lang, "de".equals(article.language()), shortForms);
        QuotedSpeech speech = lang.quotedSpeech == null ? null : new QuotedSpeech(lang.quotedSpeech, coref);

        long t = System.nanoTime();
        List<SentenceSplitter.Sentence> sentences = splitter.split(article.content(), article.bodyStart(), article.language());
        t = profile.add(ExtractionProfile.Stage.SENTENCES, t);
        profile.sentences(sentences.size());
        MentionFinder finder = new MentionFinder(article, lang, reference, controlChoice, profile, shortForms);
        states = new ArrayList<>();
        for (SentenceSplitter.Sentence s : sentences) states.add(finder.find(s));
        slotNames.article(ArticleCapitals.of(states, "de".equals(article.language())));
        t = profile.add(ExtractionProfile.Stage.MENTIONS, t);
        int[] paragraphs = Paragraphs.of(article.content(), sentences);
        controlChoice.resolve(states, paragraphs);
        coref.paragraphs(paragraphs);
        t = profile.add(ExtractionProfile.Stage.CONTROLS, t);
        for (int i = 0; i < states.size(); i++) {
            SentenceState st = states.get(i);
            slotNames.nameSpeaker(st);
            if (lang.demonyms != null) lang.demonyms.resolve(st, i, coref, facts, docIri);
            if (speech != null) speech.resolve(st, i, paragraphs[i]);
            references.resolve(st, i);
            List<Mention> unjoined = st.mentions;
            if (lists.join(st)) {
                // "A, a Malaysian reseller, and B shipped ...": the apposition's own facts come from the sentence without the list
                List<Mention> joined = st.mentions;
                st.mentions = unjoined;
                SentenceRenderer.render(st);
                rules.apply(st, i);
                st.mentions = joined;
            }
            references.rememberLists(st, i);
            SentenceRenderer.render(st);
            t = profile.add(ExtractionProfile.Stage.REFERENCES, t);
            rules.apply(st, i);
            List<Mention> confirmed = slotNames.apply(st, i);
            // a name its slot confirmed is a name everywhere in the article: earlier sentences that name it are read again
            if (!confirmed.isEmpty()) {
                for (int j : confirmedNames.spread(states, i, confirmed)) {
                    // (a list it stands in is one mention now: "to A and X")
                    lists.join(states.get(j));
                    SentenceRenderer.render(states.get(j));
                    rules.apply(states.get(j), j);
                }
            }
            t = profile.add(ExtractionProfile.Stage.RULES, t);
        }
        new BuyerReferences(docIri, lang, facts).apply(states);
        new ArticleConventions(docIri, lang, reference, controlChoice, facts).apply(states);
        // (after the conventions: the makers of the chip a successor follows are known)
        new SuccessorModels(docIri, lang, facts).apply(states);
        // (after the conventions: the makers of a chip the article names are known)
        new PartSuppliers(docIri, lang, facts).apply(states);
        new BookedCapacity(docIri, lang, facts).apply(states);
        new DealValues(docIri, lang, facts).apply(states);
        // (after the deal values: a supplier of goods the buyer was not said to pay for is no purchase the value pays for)
        new ImplicitRecipients(docIri, lang, facts).apply(states);
        // (before the deliveries: the seller of an order told after it was won)
        new OrderWinners(docIri, lang, facts).apply(states);
        new DeliveryFollowUps(docIri, lang, facts).apply(states);
        profile.add(ExtractionProfile.Stage.CONVENTIONS, t);
        return new ArrayList<>(facts.facts().values());
    }

    /** What {@link #run()} recognised, sentence by sentence (read-only, for measuring). */
    List<SentenceMentions> mentions() { return SentenceMentions.of(states, article.language()); }
}
