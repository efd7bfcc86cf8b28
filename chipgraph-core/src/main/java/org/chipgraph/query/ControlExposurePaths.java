package org.chipgraph.query;

import static org.chipgraph.query.ExposurePath.AFFILIATE;
import static org.chipgraph.query.ExposurePath.AFFILIATION;
import static org.chipgraph.query.ExposurePath.BUYING;
import static org.chipgraph.query.ExposurePath.CHIP;
import static org.chipgraph.query.ExposurePath.CHIP_FAMILY;
import static org.chipgraph.query.ExposurePath.COMPANY;
import static org.chipgraph.query.ExposurePath.COUNTRY;
import static org.chipgraph.query.ExposurePath.DESTINATION;
import static org.chipgraph.query.ExposurePath.EXPORTER;
import static org.chipgraph.query.ExposurePath.ITEM;
import static org.chipgraph.query.ExposurePath.PARTY;
import static org.chipgraph.query.ExposurePath.SEAT;
import static org.chipgraph.query.ExposurePath.SUPPLIED;
import static org.chipgraph.query.ExposurePath.SUPPLIES;

import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Quad;

/**
 * The paths by which one control reaches companies, in the order control-exposure's earlier text gave them
 * (src/test/resources/query/control-exposure-by-sparql.rq, as TDB2 planned it: its six branches in turn; a branch's
 * VALUES outermost; the restriction read first, from the control; the rest in the summary graph's index order, and
 * {@code ?thr cg:chipFamily? ?x} in the order of ARQ's own path evaluation), found as they are read, so a page reads
 * only its own paths.
 */
final class ControlExposurePaths {
    private static final Node R = SummaryLookups.RESTRICTS;

    private ControlExposurePaths() {}

    /** Every path to the control's companies, branch by branch, read lazily. */
    static Iterator<ExposurePath> of(SummaryLookups look, Node control) {
        List<Supplier<Iterator<ExposurePath>>> branches = List.of(
                () -> item(look, control), () -> party(look, control), () -> affiliate(look, control),
                () -> supplied(look, control), () -> destination(look, control), () -> exporter(look, control));
        return Iter.flatMap(branches.iterator(), Supplier::get);
    }

    /** The targets the control restricts, in index order. */
    private static Iterator<Node> targets(SummaryLookups look, Node control) {
        return Iter.map(look.quads(control, R, Node.ANY), Quad::getObject);
    }

    /** Per buying relation: the control's chips, each chip and its family members, and their buyers. */
    private static Iterator<ExposurePath> item(SummaryLookups look, Node control) {
        return Iter.flatMap(BUYING.iterator(), lp ->
                Iter.flatMap(Iter.filter(targets(look, control), x -> look.isA(x, CHIP)), x ->
                        Iter.flatMap(look.zeroOrOneSubjects(CHIP_FAMILY, x), thr ->
                                Iter.map(look.quads(Node.ANY, lp, thr), q ->
                                        new ExposurePath(q.getSubject(), control, ITEM, x, thr, q.getSubject(), lp, thr, null)))));
    }

    /** The companies the control restricts as parties. */
    private static Iterator<ExposurePath> party(SummaryLookups look, Node control) {
        return Iter.map(Iter.filter(targets(look, control),
                        c -> ExposurePath.restrictsAsParty(look, control, c) && look.isA(c, COMPANY)),
                c -> new ExposurePath(c, control, PARTY, c, c, control, R, c, null));
    }

    /**
     * Per affiliation relation: every such fact read both ways (company to party, then party to company, the
     * company never its own party that way), kept where the control restricts the party as a party.
     */
    private static Iterator<ExposurePath> affiliate(SummaryLookups look, Node control) {
        return Iter.flatMap(AFFILIATION.iterator(), lp -> {
            Iterator<ExposurePath> forwards = Iter.map(look.quads(Node.ANY, lp, Node.ANY), q ->
                    new ExposurePath(q.getSubject(), control, AFFILIATE, q.getObject(), q.getObject(), q.getSubject(), lp, q.getObject(), null));
            Iterator<ExposurePath> backwards = Iter.map(
                    Iter.filter(look.quads(Node.ANY, lp, Node.ANY), q -> !q.getSubject().equals(q.getObject())), q ->
                    new ExposurePath(q.getObject(), control, AFFILIATE, q.getSubject(), q.getSubject(), q.getSubject(), lp, q.getObject(), null));
            return Iter.filter(Iter.concat(forwards, backwards), p -> reachesParty(look, control, p.x()));
        });
    }

    /** The control restricts x as a party, and x is a company. */
    private static boolean reachesParty(SummaryLookups look, Node control, Node x) {
        return look.holds(control, R, x) && ExposurePath.restrictsAsParty(look, control, x) && look.isA(x, COMPANY);
    }

    /** The companies each restricted party supplies. */
    private static Iterator<ExposurePath> supplied(SummaryLookups look, Node control) {
        return Iter.flatMap(targets(look, control), x -> {
            if (!ExposurePath.restrictsAsParty(look, control, x) || !look.isA(x, COMPANY)) return Iter.nullIterator();
            return Iter.map(look.quads(x, SUPPLIES, Node.ANY), q -> new ExposurePath(q.getObject(), control, SUPPLIED, x, x, x, SUPPLIES, q.getObject(), null));
        });
    }

    /** Per buying relation: the control's countries, the companies seated there, and what they buy that is made abroad. */
    private static Iterator<ExposurePath> destination(SummaryLookups look, Node control) {
        return Iter.flatMap(BUYING.iterator(), lp ->
                Iter.flatMap(Iter.filter(targets(look, control), x -> look.isA(x, COUNTRY)), x ->
                        Iter.flatMap(look.quads(Node.ANY, SEAT, x), seat ->
                                Iter.map(Iter.filter(look.quads(seat.getSubject(), lp, Node.ANY), q -> ExposurePath.madeAbroad(look, q.getObject(), x)), q ->
                                        new ExposurePath(q.getSubject(), control, DESTINATION, x, q.getObject(), q.getSubject(), lp, q.getObject(), SEAT)))));
    }

    /** The companies the control names when it is no restricted-party list and no list names them. */
    private static Iterator<ExposurePath> exporter(SummaryLookups look, Node control) {
        if (look.isA(control, SummaryLookups.RESTRICTED_PARTY_LIST)) return Iter.nullIterator();
        return Iter.map(Iter.filter(targets(look, control), c -> !look.listedParty(c) && look.isA(c, COMPANY)),
                c -> new ExposurePath(c, control, EXPORTER, c, c, control, R, c, null));
    }
}
