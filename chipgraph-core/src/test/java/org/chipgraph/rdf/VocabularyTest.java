package org.chipgraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.chipgraph.fact.Relation;
import org.junit.jupiter.api.Test;

/** The hand-kept vocabulary (CG, Relation) and the terms the queries and mappings use never drift from ontology/chipgraph.ttl. */
class VocabularyTest {
    static final Graph ONTOLOGY = RDFDataMgr.loadGraph("ontology/chipgraph.ttl");
    static final Pattern CG_TERM = Pattern.compile("\\bcg:([A-Za-z][A-Za-z0-9_]*)");

    static boolean declared(String uri) {
        return ONTOLOGY.contains(org.apache.jena.graph.NodeFactory.createURI(uri), Node.ANY, Node.ANY);
    }

    @Test
    void everyTermOfCGIsDeclaredInTheOntology() throws IllegalAccessException {
        Set<String> missing = new TreeSet<>();
        for (Field f : CG.class.getFields()) {
            if (!Modifier.isStatic(f.getModifiers()) || f.getType() != Node.class) continue;
            Node n = (Node) f.get(null);
            if (n.isURI() && n.getURI().startsWith(CG.NS) && !declared(n.getURI())) missing.add(f.getName());
        }
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyRelationIsAPropertyOfTheOntology() {
        Set<String> missing = new TreeSet<>();
        for (Relation r : Relation.values()) if (!declared(CG.NS + r.localName)) missing.add(r.localName);
        assertEquals(Set.of(), missing);
    }

    @Test
    void everyTermTheQuestionsAndMappingsUseIsDeclared() throws IOException {
        Set<String> missing = new TreeSet<>();
        for (Path dir : List.of(Path.of("queries"), Path.of("mappings"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".rq")).sorted().toList()) {
                    Matcher m = CG_TERM.matcher(Files.readString(f));
                    while (m.find()) if (!declared(CG.NS + m.group(1))) missing.add(f + ": cg:" + m.group(1));
                }
            }
        }
        assertEquals(Set.of(), missing);
    }
}
