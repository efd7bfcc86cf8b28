package org.chipgraph.query;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.ExecutionContext;
import org.apache.jena.sparql.engine.QueryIterator;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.engine.binding.BindingBuilder;
import org.apache.jena.sparql.engine.binding.BindingComparator;
import org.apache.jena.sparql.engine.iterator.QueryIterPlainWrapper;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.pfunction.PropFuncArg;
import org.apache.jena.sparql.pfunction.PropertyFunctionRegistry;

/**
 * {@code ?company cgf:exposurePage (?companyName ?controlName ?path ?via ?through ?restriction ?evidence)}: the rows of
 * company-export-control-exposure in its order. The paths that reach the company are found in Java
 * ({@link ExposurePath#ofCompany}), named ({@link ExposureCells#names}) and sorted once as ARQ's comparator orders the
 * earlier text's keys (names, path, then the link and the entities, so the order is total); each row's citations are
 * then read in that order only until the page is full, a row whose facts have no seat citation dropped. The text it
 * replaced: src/test/resources/query/company-export-control-exposure-by-sparql.rq. Why: there ARQ sorted the whole
 * answer comparing rows through chains of about twenty levels of bindings, and found, named and cited them through
 * an iterator per step: 77 ms p50 through the endpoint at 10 M quads on a quiet machine.
 */
public final class CompanyExposurePage extends EntityRowList {
    public static final String IRI = FactValue.NS + "exposurePage";
    private static final int COLUMNS = 7;

    public CompanyExposurePage() { super(IRI, COLUMNS, "company"); }

    /** The sort keys of the earlier text, in its order. */
    private static final List<Var> KEYS = List.of(Var.alloc("companyName"), Var.alloc("controlName"), Var.alloc("path"),
            Var.alloc("via"), Var.alloc("through"), Var.alloc("lp"), Var.alloc("ls"), Var.alloc("lo"), Var.alloc("control"),
            Var.alloc("x"), Var.alloc("thr"));

    /** A row to sort: its key terms (null where unbound), their values as ARQ compares them, its path and names. */
    private record Entry(Node[] key, NodeValue[] values, ExposurePath path, Node[] names) {}

    /** Registers cgf:exposurePage (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, CompanyExposurePage.class);
    }

    /**
     * The earlier text's ORDER BY as ARQ's {@link BindingComparator} decides it (each key ascending by
     * {@link BindingComparator#compareNodesRaw}: unbound first, then {@code NodeValue.compareAlways}; all equal, the
     * rows' terms), with each key's value made once per row: that comparator makes both values of a key again on
     * every comparison, parsing the literal each time (half of this page's sort at 10 M quads).
     */
    private static int compare(Entry a, Entry b) {
        for (int i = 0; i < a.values().length; i++) {
            int x = BindingComparator.compareNodesRaw(a.values()[i], b.values()[i]);
            if (x != 0) return x;
        }
        return BindingComparator.compareBindingsSyntactic(binding(a.key()), binding(b.key()));
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node company, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Var> vars = variables(binding, company, object);
        SummaryLookups look = new SummaryLookups(cxt);
        // the company's purchases, cited later, name the chips it buys: read first, they name them without a look-up each
        for (Node lp : ExposurePath.BUYING) look.readRows(company, lp, SummaryLookups.End.SUBJECT);
        List<Entry> entries = new ArrayList<>();
        for (ExposurePath p : ExposurePath.ofCompany(look, company)) {
            Node path = NodeFactory.createLiteralString(p.path());
            for (Node[] names : ExposureCells.names(look, p.company(), p.control(), p.x(), p.thr())) {
                Node[] key = key(names, path, p);
                NodeValue[] values = new NodeValue[key.length];
                for (int i = 0; i < key.length; i++) values[i] = key[i] == null ? null : NodeValue.makeNode(key[i]);
                entries.add(new Entry(key, values, p, names));
            }
        }
        entries.sort(CompanyExposurePage::compare);
        Iterator<Entry> sorted = entries.iterator();
        Iterator<Binding> rows = new Iterator<>() {
            private Binding next;

            @Override
            public boolean hasNext() {
                while (next == null && sorted.hasNext()) next = row(binding, vars, look, sorted.next());
                return next != null;
            }

            @Override
            public Binding next() {
                if (!hasNext()) throw new NoSuchElementException();
                Binding b = next;
                next = null;
                return b;
            }
        };
        return QueryIterPlainWrapper.create(rows, cxt);
    }

    /** The sort keys' terms, in the order of {@link #KEYS}. */
    private static Node[] key(Node[] names, Node path, ExposurePath p) {
        return new Node[] {names[0], names[1], path, names[2], names[3], p.lp(), p.ls(), p.lo(), p.control(), p.x(), p.thr()};
    }

    private static Binding binding(Node[] values) {
        BindingBuilder b = BindingBuilder.create();
        for (int i = 0; i < values.length; i++) if (values[i] != null) b.add(KEYS.get(i), values[i]);
        return b.build();
    }

    /** The printed row, or null when its facts have no seat citation. */
    private static Binding row(Binding parent, List<Var> vars, SummaryLookups look, Entry e) {
        Node[] cites = ExposureCells.citations(look, e.path(), SummaryLookups.End.SUBJECT); // the company's purchases: its rows
        return cites == null ? null : ExposureCells.row(parent, vars, e.path(), e.names(), cites);
    }
}
