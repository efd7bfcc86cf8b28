package org.chipgraph.extract;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.chipgraph.fact.EntityRef;

/**
 * A company named earlier in the sentence, with the country written right before it ("Korea's Darim", "the Korean
 * Darim"), null where none is: what "its domestic rival" and "compatriot" are read against. The company's seat may be
 * stated only by a fact of this sentence that no rule has emitted yet, hence the written country.
 */
record EarlierCompany(EntityRef company, EntityRef writtenCountry) {

    /** Most words between a country and the company it qualifies, "Korea's largest memory maker Darim". */
    private static final int MAX_WORDS_BETWEEN = 3;

    /** The companies (one entity each, no home words) ending before {@code pos}, in the order written. */
    static List<EarlierCompany> before(SentenceState st, int pos) {
        List<Mention> companies = new ArrayList<>();
        for (Mention c : st.mentions) {
            if (c.kind() == MentionKind.COMPANY && c.end() <= pos && !c.homeWord() && c.entities().size() == 1) companies.add(c);
        }
        companies.sort(Comparator.comparingInt(Mention::start));
        List<EarlierCompany> out = new ArrayList<>();
        for (Mention c : companies) out.add(new EarlierCompany(c.entities().get(0), countryWrittenBefore(st, c)));
        return out;
    }

    /** The last single-country mention right before the company: a few words, no punctuation between. */
    private static EntityRef countryWrittenBefore(SentenceState st, Mention company) {
        EntityRef country = null;
        for (Mention x : st.mentions) {
            if (x.kind() != MentionKind.COUNTRY || x.homeWord() || x.entities().size() != 1 || x.end() > company.start()) continue;
            String between = st.text.substring(x.end(), company.start());
            if (between.strip().split("\\s+").length <= MAX_WORDS_BETWEEN && between.chars().noneMatch(ch -> ",;:()\"".indexOf(ch) >= 0)) {
                country = x.entities().get(0);
            }
        }
        return country;
    }
}
