package org.chipgraph.extract.csv;

import java.util.List;
import java.util.Optional;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.ExprList;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase;
import org.apache.jena.sparql.function.FunctionEnv;
import org.apache.jena.sparql.function.FunctionRegistry;
import org.chipgraph.rdf.CG;

/**
 * The functions mappings may call, in namespace {@code https://w3id.org/chipgraph/fn#} (prefix cgfn:).
 * They raise an evaluation error (so BIND leaves the variable unbound) when there is no answer.
 * <ul>
 * <li>{@code cgfn:resolve(name, "Company"|"Chip"|"Country"|...)}: the entity IRI, reference or minted</li>
 * <li>{@code cgfn:lookup(name, type)}: the reference entity only (e.g. the "China" aggregate)</li>
 * <li>{@code cgfn:specificChip(chipName)}: the chip a hardware row describes (a variant is a chip of its own)</li>
 * <li>{@code cgfn:chipFamily(chipName)}: the reference chip (family) of a chip name</li>
 * <li>{@code cgfn:claim(s, p, o)}: this row's claim node for the fact (s p o), to put qualifiers on</li>
 * <li>{@code cgfn:clean(text)}: whitespace and no-break spaces collapsed</li>
 * <li>{@code cgfn:partyName(name)}, {@code cgfn:parent(name)}, {@code cgfn:parentRelation(name)},
 *     {@code cgfn:parentRule(name)}: a listed party's own name, its parent company, the relation and the rule</li>
 * </ul>
 */
public final class MappingFunctions {
    private MappingFunctions() {}

    public static final String NS = "https://w3id.org/chipgraph/fn#";
    private static volatile boolean registered;

    /** Registers the functions once, globally (ARQ's registry is global; the functions find their state in the context).
     * Factories, not classes: a function is built per evaluation of a substituted query, and reflection would cost. */
    public static synchronized void register() {
        if (registered) return;
        FunctionRegistry r = FunctionRegistry.get();
        r.put(NS + "resolve", uri -> new Resolve());
        r.put(NS + "lookup", uri -> new Lookup());
        r.put(NS + "chipFamily", uri -> new ChipFamily());
        r.put(NS + "specificChip", uri -> new SpecificChip());
        r.put(NS + "claim", uri -> new Claim());
        r.put(NS + "clean", uri -> new Clean());
        r.put(NS + "partyName", uri -> new PartyName());
        r.put(NS + "parent", uri -> new Parent());
        r.put(NS + "parentRelation", uri -> new ParentRelation());
        r.put(NS + "parentRule", uri -> new ParentRule());
        registered = true;
    }

    static RowContext row(FunctionEnv env) {
        Object o = env.getContext().get(RowContext.SYMBOL);
        if (o == null) throw new ExprEvalException("cgfn: functions work only inside a CSV mapping");
        return (RowContext) o;
    }

    static String str(NodeValue v) {
        Node n = v.asNode();
        if (!n.isLiteral()) throw new ExprEvalException("expected a string, got " + n);
        return n.getLiteralLexicalForm();
    }

    private record MemoKey(Class<?> function, List<Node> args) {}

    /** Base for functions of a fixed number of arguments that need the row context. */
    abstract static class RowFunction extends FunctionBase {
        private final int arity;
        RowFunction(int arity) { this.arity = arity; }
        @Override public void checkBuild(String uri, ExprList args) {
            if (args.size() != arity) throw new org.apache.jena.query.QueryBuildException(uri + " takes " + arity + " argument(s), got " + args.size());
        }
        /** Memoised per row: a multi-valued row evaluates the mapping once per value with the same arguments. */
        @Override protected NodeValue exec(List<NodeValue> args, FunctionEnv env) {
            RowContext row = row(env);
            // the key is the terms, not their printed form: formatting every argument cost more than the lookup saved
            List<Node> terms = new java.util.ArrayList<>(args.size());
            for (NodeValue a : args) terms.add(a.asNode());
            Object key = new MemoKey(getClass(), terms);
            Object hit = row.memo.get(key);
            if (hit != null) return (NodeValue) hit;
            NodeValue v = exec(args, row);
            row.memo.put(key, v);
            return v;
        }
        @Override public NodeValue exec(List<NodeValue> args) { throw new ExprEvalException("no row context"); }
        abstract NodeValue exec(List<NodeValue> args, RowContext row);
    }

    public static final class Resolve extends RowFunction {
        public Resolve() { super(2); }
        @Override NodeValue exec(List<NodeValue> a, RowContext row) {
            String name = EntityResolver.clean(str(a.get(0)));
            if (name.isEmpty()) throw new ExprEvalException("empty name");
            Resolution r = row.resolver.resolve(name, str(a.get(1)));
            row.record(r);
            return NodeValue.makeNode(org.apache.jena.graph.NodeFactory.createURI(r.iri()));
        }
    }

    public static final class Lookup extends RowFunction {
        public Lookup() { super(2); }
        @Override NodeValue exec(List<NodeValue> a, RowContext row) {
            Resolution r = row.resolver.lookup(str(a.get(0)), str(a.get(1))).orElseThrow(() -> new ExprEvalException("no reference entity"));
            row.record(r);
            return NodeValue.makeNode(org.apache.jena.graph.NodeFactory.createURI(r.iri()));
        }
    }

    public static final class SpecificChip extends RowFunction {
        public SpecificChip() { super(1); }
        @Override NodeValue exec(List<NodeValue> a, RowContext row) {
            String name = EntityResolver.clean(str(a.get(0)));
            if (name.isEmpty()) throw new ExprEvalException("empty name");
            Resolution r = row.resolver.specificChip(name);
            row.record(r);
            return NodeValue.makeNode(org.apache.jena.graph.NodeFactory.createURI(r.iri()));
        }
    }

    public static final class ChipFamily extends RowFunction {
        public ChipFamily() { super(1); }
        @Override NodeValue exec(List<NodeValue> a, RowContext row) {
            return row.resolver.chipFamily(EntityResolver.clean(str(a.get(0))))
                    .map(iri -> NodeValue.makeNode(org.apache.jena.graph.NodeFactory.createURI(iri)))
                    .orElseThrow(() -> new ExprEvalException("no chip family"));
        }
    }

    public static final class Claim extends RowFunction {
        public Claim() { super(3); }
        @Override NodeValue exec(List<NodeValue> a, RowContext row) {
            return NodeValue.makeNode(org.apache.jena.graph.NodeFactory.createURI(row.claimIri(a.get(0).asNode(), a.get(1).asNode(), a.get(2).asNode())));
        }
    }

    public static final class Clean extends FunctionBase {
        @Override public void checkBuild(String uri, ExprList args) {}
        @Override public NodeValue exec(List<NodeValue> args) {
            String s = EntityResolver.clean(str(args.get(0)));
            if (s.isEmpty()) throw new ExprEvalException("empty");
            return NodeValue.makeString(s);
        }
    }

    /** A listed party's name split at a marker of the rules: parent text before, party text after. */
    record Split(String party, String parentText, ResolutionRules.Marker marker) {
        static Split of(String name, ResolutionRules rules) {
            String n = EntityResolver.clean(name);
            for (ResolutionRules.Marker m : rules.markers()) {
                int i = n.indexOf(m.text());
                if (i >= 0) {
                    String before = n.substring(0, i).replaceAll("[.;,\\s]+$", "").strip();
                    String after = n.substring(i + m.text().length()).strip();
                    if (!after.isEmpty()) return new Split(after, before, m);
                }
            }
            return new Split(n, null, null);
        }
    }

    /** The parent of a listed party, how it is related, and the rule that decided it. */
    record ParentLink(String iri, String relation, String rule) {
        @SuppressWarnings("unchecked")
        static Optional<ParentLink> of(String name, RowContext row) {
            return (Optional<ParentLink>) row.memo.computeIfAbsent("parent\u0001" + name, k -> compute(name, row));
        }

        private static Optional<ParentLink> compute(String name, RowContext row) {
            Split s = Split.of(name, row.resolver.rules());
            if (s.marker() != null && !s.parentText().isEmpty()) {
                Resolution p = row.resolver.resolve(s.parentText(), "Company");
                row.record(p);
                return Optional.of(new ParentLink(p.iri(), s.marker().relation(), "marker '" + s.marker().text() + "' in name"));
            }
            String self = row.resolver.resolve(s.party(), "Company").iri();
            return row.resolver.companyNamedIn(s.party(), self).map(iri -> new ParentLink(iri, "affiliateOf",
                    "name contains '" + row.resolver.label(iri).orElse(iri) + "'"));
        }
    }

    public static final class PartyName extends RowFunction {
        public PartyName() { super(1); }
        @Override NodeValue exec(List<NodeValue> a, RowContext row) {
            return NodeValue.makeString(Split.of(str(a.get(0)), row.resolver.rules()).party());
        }
    }

    public static final class Parent extends RowFunction {
        public Parent() { super(1); }
        @Override NodeValue exec(List<NodeValue> a, RowContext row) {
            ParentLink l = ParentLink.of(str(a.get(0)), row).orElseThrow(() -> new ExprEvalException("no parent"));
            return NodeValue.makeNode(org.apache.jena.graph.NodeFactory.createURI(l.iri()));
        }
    }

    public static final class ParentRelation extends RowFunction {
        public ParentRelation() { super(1); }
        @Override NodeValue exec(List<NodeValue> a, RowContext row) {
            ParentLink l = ParentLink.of(str(a.get(0)), row).orElseThrow(() -> new ExprEvalException("no parent"));
            return NodeValue.makeNode(CG.term(l.relation()));
        }
    }

    public static final class ParentRule extends RowFunction {
        public ParentRule() { super(1); }
        @Override NodeValue exec(List<NodeValue> a, RowContext row) {
            ParentLink l = ParentLink.of(str(a.get(0)), row).orElseThrow(() -> new ExprEvalException("no parent"));
            return NodeValue.makeString(l.rule());
        }
    }

}
