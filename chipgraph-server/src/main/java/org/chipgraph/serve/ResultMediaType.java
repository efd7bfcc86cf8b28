package org.chipgraph.serve;

import java.util.List;
import java.util.Optional;
import org.apache.jena.atlas.web.AcceptList;
import org.apache.jena.atlas.web.MediaType;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * Content negotiation for question answers, offering what Fuseki offers for SPARQL queries:
 * result sets as SPARQL JSON/XML, CSV or TSV; graphs as Turtle, JSON-LD, N-Triples or RDF/XML.
 * The first entry of each list is the default for a missing or wildcard Accept header.
 */
final class ResultMediaType {
    private ResultMediaType() {}

    static final List<Lang> RESULT_SETS = List.of(ResultSetLang.RS_JSON, ResultSetLang.RS_XML, ResultSetLang.RS_CSV, ResultSetLang.RS_TSV);
    static final List<Lang> GRAPHS = List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML);

    /** The language to answer in, or empty when the client accepts none of {@code offered} (406). */
    static Optional<Lang> choose(String acceptHeader, List<Lang> offered) {
        if (acceptHeader == null || acceptHeader.isBlank()) return Optional.of(offered.get(0));
        AcceptList offers = AcceptList.create(offered.stream()
                .flatMap(l -> java.util.stream.Stream.concat(java.util.stream.Stream.of(l.getContentType().getContentTypeStr()), l.getAltContentTypes().stream()))
                .distinct().toArray(String[]::new));
        MediaType chosen;
        try {
            chosen = AcceptList.match(new AcceptList(acceptHeader), offers);
        } catch (RuntimeException e) {
            return Optional.of(offered.get(0));
        }
        if (chosen == null) return Optional.empty();
        String ct = chosen.getContentTypeStr();
        if (ct.equals("application/json")) return Optional.of(offered.get(0) == ResultSetLang.RS_JSON ? ResultSetLang.RS_JSON : Lang.JSONLD);
        for (Lang l : offered) {
            if (l.getContentType().getContentTypeStr().equals(ct) || l.getAltContentTypes().contains(ct)) return Optional.of(l);
        }
        Lang byType = RDFLanguages.contentTypeToLang(ct);
        return offered.contains(byType) ? Optional.of(byType) : Optional.of(offered.get(0));
    }

    static String contentType(Lang lang) {
        return lang.getContentType().getContentTypeStr() + "; charset=utf-8";
    }
}
