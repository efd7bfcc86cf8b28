package org.chipgraph.eval;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.extract.SentenceMentions;
import org.chipgraph.fact.EntityRef;

/**
 * Test fixture: a document of what the extractor is taken to have recognised, one sentence a line, mentions
 * marked {@code [[surface=>Label1;Label2|kind|ref]]} (see src/test/resources/eval/miss-kinds/README.md).
 */
final class MarkedDocument {
    private static final Pattern MARK = Pattern.compile("\\[\\[(.+?)]]");

    private MarkedDocument() {}

    static DocumentMentions read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String lang = lines.get(0).replaceFirst("^#\\s*lang:\\s*", "").strip();
        List<SentenceMentions> sentences = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            StringBuilder text = new StringBuilder();
            List<SentenceMentions.Named> mentions = new ArrayList<>();
            Matcher m = MARK.matcher(line);
            int at = 0;
            while (m.find()) {
                text.append(line, at, m.start());
                String[] parts = m.group(1).split("\\|");
                String[] surfaceAndLabels = parts[0].split("=>");
                String surface = surfaceAndLabels[0];
                String kind = parts.length > 1 ? parts[1] : "company";
                String type = switch (kind) {
                    case "chip" -> "Chip";
                    case "country" -> "Country";
                    case "company" -> "Company";
                    default -> "ExportControl";
                };
                List<EntityRef> entities = new ArrayList<>();
                for (String label : (surfaceAndLabels.length > 1 ? surfaceAndLabels[1] : surface).split(";")) {
                    entities.add(new EntityRef("urn:test:" + label.replace(' ', '_'), label, type, false));
                }
                int start = text.length();
                text.append(surface);
                mentions.add(new SentenceMentions.Named(start, text.length(), kind, entities, parts.length > 2 && parts[2].equals("ref")));
                at = m.end();
            }
            text.append(line.substring(at));
            sentences.add(new SentenceMentions(sentences.size(), 0, lang, text.toString(), mentions));
        }
        return new DocumentMentions(file.getFileName().toString(), lang, sentences);
    }
}
