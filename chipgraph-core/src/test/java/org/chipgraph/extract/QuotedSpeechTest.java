package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.fact;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.chipgraph.fact.Fact;
import org.junit.jupiter.api.Test;

/**
 * Quoted first person ("we", "our", "wir", "unser Konzern") is the company the quotation's speaker speaks for (issue 12,
 * session 30; {@link QuotedSpeech}), on articles written for it.
 */
class QuotedSpeechTest {
    private static final String EN = "quotedFirstPersonIsTheSpeakersCompany";
    private static final String DE = "zitierteWirSindDasUnternehmenDesSprechers";

    /** The companies the reference words of sentence {@code index} ending in {@code word} stand for. */
    private static List<String> referent(String lang, String name, int index, String word) {
        SentenceMentions s = Extraction.EXTRACTOR.mentions(Extraction.article(lang, name), "urn:test").get(index);
        return s.mentions().stream().filter(m -> m.reference() && s.text().substring(m.start(), m.end()).endsWith(word))
                .findFirst().map(m -> m.entities().stream().map(e -> e.label()).toList()).orElse(List.of());
    }

    @Test
    void quotedWeOfAnExecutiveNamedByRoleIsTheCompanySpokenOf() {
        // "We bought 6,000 Vireo-7 accelerators from Halden Micro ...," chief executive Ruth Okonjo told investors.
        List<Fact> facts = Extraction.of("en", EN);
        fact(facts, "Tarvos Compute", "buys", "Vireo-7");
        fact(facts, "Halden Micro", "supplies", "Tarvos Compute");
    }

    @Test
    void aQuotationWithoutAttributionKeepsTheSpeakerBefore() {
        assertEquals(List.of("Tarvos Compute"), referent("en", EN, 2, "Our"));
    }

    @Test
    void aDescriptionAfterAQuotedSpeakerIsTheSpeakersCompany() {
        // "Okonjo said the company would also buy Corra-5 chips from Ebbing Semiconductor next year."
        List<Fact> facts = Extraction.of("en", EN);
        fact(facts, "Tarvos Compute", "buys", "Corra-5");
    }

    @Test
    void herPronounSpeakerIsTheSpeakerBeforeNotACompanyOfReportedSpeech() {
        // after "Okonjo said ... from Ebbing Semiconductor": "... ships us its next part," she said.
        assertEquals(List.of("Tarvos Compute"), referent("en", EN, 4, "us"));
    }

    @Test
    void anAnalystsWeNamesNoCompany() {
        assertTrue(referent("en", EN, 5, "We").isEmpty());
    }

    @Test
    void anExecutiveInAnAppositionSpeaksForTheCompanyNamedThere() {
        // ..., said Arno Veidt, chief executive of Lindmark Cloud.
        assertEquals(List.of("Lindmark Cloud"), referent("en", EN, 6, "We"));
    }

    @Test
    void theVerbOfSayingIsFoundAsAWholeWordAsSpeltTriedOnlyAtWordStarts() {
        QuotedSpeech.Words words = QuotedSpeech.Words.of(ReferenceNouns.wordClasses("t.tsv", """
                speaker-verb	one	said | says | told
                speaker-role	one	chief executive
                speaker-pronoun	one	she
                first-person	one	we
                first-person-possessive	one	our
                """));
        // "unsaid", "well-said", "Said" (as spelt: the list is case-sensitive) and "saids" are no verb of saying
        String text = "An unsaid, well-said Said saids, she said, and told.";
        java.util.regex.Matcher plain = java.util.regex.Pattern.compile(words.verb().pattern.pattern()).matcher(text);
        assertTrue(plain.find());
        java.util.regex.Matcher cue = words.verb().first(WordSpans.of(text));
        assertEquals(List.of(plain.start(), plain.end()), List.of(cue.start(), cue.end()));
        assertEquals(37, cue.start());
    }

    @Test
    void germanQuotedWirIsTheCompanyOfTheExecutive() {
        // „Wir haben 3.000 Vireo-7 bei Halden Micro bestellt“, sagte Vorstandschef Tobias Wendel.
        List<Fact> facts = Extraction.of("de", DE);
        fact(facts, "Kordan Cloud GmbH", "buys", "Vireo-7");
        fact(facts, "Halden Micro", "supplies", "Kordan Cloud GmbH");
    }

    @Test
    void germanUnserKonzernIsOneMentionOfTheSpeakersCompany() {
        assertEquals(List.of("Kordan Cloud GmbH"), referent("de", DE, 2, "Unser Konzern"));
    }

    @Test
    void germanWirOfAnUnnamedTraderOfAnotherFirmNamesNoCompany() {
        assertTrue(referent("de", DE, 3, "Wir").isEmpty());
    }
}
