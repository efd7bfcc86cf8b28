package org.chipgraph.query;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.chipgraph.rdf.CG;

/**
 * One path by which a control reaches a company (ontology/chipgraph.ttl, "What a measure targets"), with the facts it
 * cites: the restriction {@code control cg:restricts x}, the company's link {@code ls lp lo}, and for a destination
 * the company's seat {@code company seatP x} (seatP null off that path); {@code thr} is what the company buys or the
 * party it is reached through. The same variables as the exposure questions' SPARQL paths.
 */
record ExposurePath(Node company, Node control, String path, Node x, Node thr, Node ls, Node lp, Node lo, Node seatP) {
    static final String ITEM = "buys a restricted item", PARTY = "is a restricted party", AFFILIATE = "affiliate of a restricted party",
            SUPPLIED = "supplied by a restricted party", DESTINATION = "in a restricted destination, buys from abroad",
            EXPORTER = "exporter needing a licence";
    static final List<Node> BUYING = List.of(CG.term("buys"), CG.term("orders"), CG.term("receives"));
    static final List<Node> AFFILIATION = List.of(CG.term("affiliateOf"), CG.term("subsidiaryOf"));
    static final Node CHIP_FAMILY = CG.term("chipFamily"), SUPPLIES = CG.term("supplies"),
            SEAT = CG.term("headquarteredIn"), MAKES = CG.term("makes");
    static final Node CHIP = CG.Chip, COUNTRY = CG.Country, COMPANY = CG.Company;
    private static final Node R = SummaryLookups.RESTRICTS, TYPE = SummaryLookups.TYPE;

    /**
     * Every path that reaches the company and can be cited, branch by branch as company-export-control-exposure's
     * earlier text (src/test/resources/query/company-export-control-exposure-by-sparql.rq) found them in the summary
     * graph, each restriction read from its row on its target ({@link SummaryLookups#restrictionsOn}: one without a
     * row cites nothing, and the page drops its rows); the order is left to the caller's sort.
     */
    static List<ExposurePath> ofCompany(SummaryLookups look, Node company) {
        List<ExposurePath> out = new ArrayList<>();
        for (Node lp : BUYING) {
            for (Node thr : look.objects(company, lp)) {
                Set<Node> xs = new LinkedHashSet<>(); // cg:chipFamily?: the chip itself and its families, each once
                xs.add(thr);
                xs.addAll(look.families(thr));
                for (Node x : xs) {
                    if (!look.isA(x, CHIP)) continue;
                    for (Node control : look.restrictionsOn(x)) out.add(new ExposurePath(company, control, ITEM, x, thr, company, lp, thr, null));
                }
            }
        }
        if (look.isA(company, COMPANY)) {
            for (Node control : look.restrictionsOn(company)) {
                if (restrictsAsParty(look, control, company)) out.add(new ExposurePath(company, control, PARTY, company, company, control, R, company, null));
            }
        }
        for (Node lp : AFFILIATION) {
            for (Node x : look.objects(company, lp)) reachedThrough(look, company, AFFILIATE, x, company, lp, x, out);
            for (Node x : look.subjects(lp, company)) if (!x.equals(company)) reachedThrough(look, company, AFFILIATE, x, x, lp, company, out);
        }
        for (Node x : look.subjects(SUPPLIES, company)) reachedThrough(look, company, SUPPLIED, x, x, SUPPLIES, company, out);
        for (Node x : look.objects(company, SEAT)) {
            if (!look.isA(x, COUNTRY)) continue;
            for (Node control : look.restrictionsOn(x)) {
                for (Node lp : BUYING) {
                    for (Node thr : look.objects(company, lp)) {
                        if (madeAbroad(look, thr, x)) out.add(new ExposurePath(company, control, DESTINATION, x, thr, company, lp, thr, SEAT));
                    }
                }
            }
        }
        if (look.isA(company, COMPANY) && !look.listedParty(company)) {
            for (Node control : look.restrictionsOn(company)) {
                if (!look.isA(control, SummaryLookups.RESTRICTED_PARTY_LIST)) {
                    out.add(new ExposurePath(company, control, EXPORTER, company, company, control, R, company, null));
                }
            }
        }
        return out;
    }

    /** A company x linked to the company by {@code ls lp lo}: a path per control restricting x as a party. */
    private static void reachedThrough(SummaryLookups look, Node company, String path, Node x, Node ls, Node lp, Node lo, List<ExposurePath> out) {
        if (!look.isA(x, COMPANY)) return;
        for (Node control : look.restrictionsOn(x)) {
            if (restrictsAsParty(look, control, x)) out.add(new ExposurePath(company, control, path, x, x, ls, lp, lo, null));
        }
    }

    /** The control is a restricted-party list, or some list names the party too. */
    static boolean restrictsAsParty(SummaryLookups look, Node control, Node party) {
        return look.isA(control, SummaryLookups.RESTRICTED_PARTY_LIST) || look.listedParty(party);
    }

    /** Some maker of the chip is headquartered outside the destination. */
    static boolean madeAbroad(SummaryLookups look, Node chip, Node destination) {
        for (Node maker : look.subjects(MAKES, chip)) {
            for (Node home : look.objects(maker, SEAT)) if (!home.equals(destination)) return true;
        }
        return false;
    }
}
