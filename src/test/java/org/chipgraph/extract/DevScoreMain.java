package org.chipgraph.extract;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.chipgraph.fact.Fact;
import org.chipgraph.rdf.Iris;
import org.chipgraph.rdf.ReferenceData;
import org.chipgraph.source.Article;
import org.chipgraph.source.ArticleReader;
import org.chipgraph.source.LanguageDetector;

/**
 * Development harness (not a test): extracts facts from article folders or files and writes the scorer's
 * TSV (doc subject relation object quantity date confidence stance attribution evidence).
 * Usage: DevScoreMain OUT.tsv DIR_OR_FILE...; then score with ../shared/eval/score.py.
 */
public final class DevScoreMain {
    public static void main(String[] args) throws IOException {
        NewsExtractor extractor = new NewsExtractor(ReferenceData.load());
        ArticleReader reader = new ArticleReader(new LanguageDetector(), null);
        List<Path> files = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            Path p = Path.of(args[i]);
            if (Files.isDirectory(p)) {
                try (Stream<Path> s = Files.list(p)) { s.filter(f -> f.toString().endsWith(".txt")).sorted().forEach(files::add); }
            } else {
                files.add(p);
            }
        }
        try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(args[0]), StandardCharsets.UTF_8))) {
            out.println("doc\tsubject\trelation\tobject\tquantity\tdate\tconfidence\tstance\tattribution\tevidence");
            for (Path f : files) {
                Article a = reader.read(f);
                for (Fact fact : extractor.extract(a, Iris.document(a.name()))) out.println(row(a.name(), fact));
            }
        }
    }

    static String row(String doc, Fact f) {
        String q = f.quantity() != null ? f.quantity().toString() : f.money() != null ? f.money().toString() : "";
        return String.join("\t", doc, f.subject().label(), f.relation().localName, clean(f.objectLabel()), q,
                f.date() == null ? "" : f.date().toString(), String.format("%.2f", f.confidence()), f.stance().name(),
                clean(f.attribution() == null ? "" : f.attribution()), clean(f.provenance().sentence()));
    }

    private static String clean(String s) { return s.replace('\t', ' ').replace('\n', ' '); }
}
