package org.chipgraph.serve;

import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.chipgraph.query.Question;

/**
 * The question library for a browser: {@code /chipgraph/questions} as an HTML page with a form per question
 * (its parameters, pre-filled with the example) and CSV/JSON download links; an answer as an HTML table.
 * Everything a user or the store supplies is HTML-escaped.
 */
final class QuestionPage {
    private QuestionPage() {}

    /** True when the client asks for HTML before any result format (a browser, not a program). */
    static boolean wantsHtml(String accept) {
        if (accept == null) return false;
        int html = accept.indexOf("text/html");
        if (html < 0) return false;
        for (String other : List.of("application/sparql-results", "application/json", "text/csv", "text/tab-separated")) {
            int i = accept.indexOf(other);
            if (i >= 0 && i < html) return false;
        }
        return true;
    }

    static String list(String prefix, List<Question> questions) {
        StringBuilder b = head("chipgraph questions");
        b.append("<h1>chipgraph questions</h1>\n<p>Each question answers a page of at most 1,000 rows (<code>limit</code>, <code>offset</code>); "
                + "entity parameters take a name or an IRI. Programs get this list as JSON (<code>Accept: application/json</code>). "
                + "Names: <a href=\"../search?q=Huawei\">search</a>.</p>\n");
        for (Question q : questions) {
            String action = prefix + "/" + q.name();
            b.append("<section id=\"").append(esc(q.name())).append("\"><h2>").append(esc(q.title())).append("</h2>\n<p>")
                    .append(esc(q.description())).append("</p>\n<form method=\"get\" action=\"").append(esc(action)).append("\">\n");
            Map<String, String> example = q.exampleParams();
            for (Question.Parameter p : q.parameters()) {
                b.append("<label>").append(esc(p.name())).append(" (").append(esc(p.type().noun)).append(") <input name=\"").append(esc(p.name()))
                        .append("\" value=\"").append(esc(example.getOrDefault(p.name(), ""))).append("\"></label>\n");
            }
            b.append("<button type=\"submit\">Ask</button>\n")
                    .append("<button type=\"submit\" name=\"format\" value=\"csv\">CSV</button>\n")
                    .append("<button type=\"submit\" name=\"format\" value=\"json\">JSON</button>\n</form></section>\n");
        }
        return b.append("</body></html>\n").toString();
    }

    static String answer(Question q, List<Var> vars, List<Binding> rows, boolean more) {
        StringBuilder b = head(q.title());
        b.append("<p><a href=\"../questions\">all questions</a></p>\n<h1>").append(esc(q.title())).append("</h1>\n<table border=\"1\">\n<tr>");
        for (Var v : vars) b.append("<th>").append(esc(v.getVarName())).append("</th>");
        b.append("</tr>\n");
        for (Binding r : rows) {
            b.append("<tr>");
            for (Var v : vars) {
                Node n = r.get(v);
                b.append("<td>").append(n == null ? "" : esc(n.isLiteral() ? n.getLiteralLexicalForm() : n.isURI() ? n.getURI() : n.toString())).append("</td>");
            }
            b.append("</tr>\n");
        }
        b.append("</table>\n<p>").append(rows.size()).append(rows.size() == 1 ? " row" : " rows").append(more ? "; more with offset" : "").append("</p>\n");
        return b.append("</body></html>\n").toString();
    }

    private static StringBuilder head(String title) {
        return new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").append(esc(title)).append("</title></head><body>\n");
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;").replace("'", "&#39;");
    }
}
