package org.chipgraph.query;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
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
 * earlier text's keys (names, path, then the link and the entities, so the order is total): each distinct key term
 * ranked once by that comparator, the rows then sorted by their ranks; each row's citations are then read in that
 * order only until the page is full, a row whose facts have no seat citation dropped. The text it
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

    /** A row to sort: its key terms (null where unbound) and their ranks ({@link #ranks}; -1 where unbound), its path and names. */
    private record Entry(Node[] key, int[] ranks, ExposurePath path, Node[] names) {}

    /** Registers cgf:exposurePage (called once, by {@link TextQuery#register}). */
    static void register() {
        PropertyFunctionRegistry.get().put(IRI, CompanyExposurePage.class);
    }

    /**
     * Each distinct term of the rows' keys with its rank in the earlier text's ORDER BY as ARQ's {@link BindingComparator}
     * decides it: each key ascending by {@link BindingComparator#compareNodesRaw} (unbound first, then
     * {@code NodeValue.compareAlways}), terms it finds equal ranked the same. Ranking the few hundred distinct terms
     * once replaces comparing ~2,900 rows' values key by key through {@code NodeValue} (a tenth of this page at 10 M
     * quads).
     */
    private static Map<Node, Integer> ranks(List<Node[]> keys) {
        // by identity: the same few hundred label, path and entity nodes recur on every row; equal ones read apart rank the same
        Map<Node, Integer> ranks = new IdentityHashMap<>();
        List<Node> terms = new ArrayList<>();
        for (Node[] key : keys) for (Node n : key) if (n != null && ranks.putIfAbsent(n, -1) == null) terms.add(n);
        record Term(Node node, NodeValue value) {}
        List<Term> sorted = new ArrayList<>(terms.size());
        for (Node n : terms) sorted.add(new Term(n, NodeValue.makeNode(n)));
        sorted.sort((a, b) -> BindingComparator.compareNodesRaw(a.value(), b.value()));
        int rank = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (i > 0 && BindingComparator.compareNodesRaw(sorted.get(i - 1).value(), sorted.get(i).value()) != 0) rank++;
            ranks.put(sorted.get(i).node(), rank);
        }
        return ranks;
    }

    /** The rows by their keys' ranks; all equal, by their terms, as {@link BindingComparator} breaks a tie. */
    private static int compare(Entry a, Entry b) {
        int x = Arrays.compare(a.ranks(), b.ranks());
        return x != 0 ? x : BindingComparator.compareBindingsSyntactic(binding(a.key()), binding(b.key()));
    }

    private static Binding binding(Node[] values) {
        BindingBuilder b = BindingBuilder.create();
        for (int i = 0; i < values.length; i++) if (values[i] != null) b.add(KEYS.get(i), values[i]);
        return b.build();
    }

    @Override
    public QueryIterator execEvaluated(Binding binding, Node company, Node predicate, PropFuncArg object, ExecutionContext cxt) {
        List<Var> vars = variables(binding, company, object);
        SummaryLookups look = new SummaryLookups(cxt);
        // the company's purchases, cited later, name the chips it buys: read first, they name them without a look-up each
        for (Node lp : ExposurePath.BUYING) look.readRows(company, lp, SummaryLookups.End.SUBJECT);
        List<ExposurePath> paths = new ArrayList<>();
        List<Node[]> names = new ArrayList<>(), keys = new ArrayList<>();
        Map<String, Node> pathNames = new HashMap<>();
        for (ExposurePath p : ExposurePath.ofCompany(look, company)) {
            Node path = pathNames.computeIfAbsent(p.path(), NodeFactory::createLiteralString);
            for (Node[] n : ExposureCells.names(look, p.company(), p.control(), p.x(), p.thr())) {
                paths.add(p);
                names.add(n);
                keys.add(key(n, path, p));
            }
        }
        Map<Node, Integer> ranks = ranks(keys);
        List<Entry> entries = new ArrayList<>(keys.size());
        for (int i = 0; i < keys.size(); i++) {
            Node[] key = keys.get(i);
            int[] r = new int[key.length];
            for (int k = 0; k < key.length; k++) r[k] = key[k] == null ? -1 : ranks.get(key[k]);
            entries.add(new Entry(key, r, paths.get(i), names.get(i)));
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

    /** The printed row, or null when its facts have no seat citation. */
    private static Binding row(Binding parent, List<Var> vars, SummaryLookups look, Entry e) {
        Node[] cites = ExposureCells.citations(look, e.path(), SummaryLookups.End.SUBJECT); // the company's purchases: its rows
        return cites == null ? null : ExposureCells.row(parent, vars, e.path(), e.names(), cites);
    }
}
