package org.chipgraph.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.chipgraph.error.InputError;
import org.chipgraph.rdf.Iris;
import org.chipgraph.source.Sha256;

/**
 * Articles as rows of JSON Lines or Parquet tables with the columns {@code url, date, lang, title, text} (the
 * shape news crawls come in). Each row becomes the article file it stands for, its columns as header lines,
 * so the CLI's reader checks it exactly as it checks a file; its url identifies the document.
 */
final class TableArticles {
    private TableArticles() {}

    static final List<String> COLUMNS = List.of("url", "date", "lang", "title", "text");
    static final String CORRUPT = "_corrupt_record";

    static JavaRDD<ArticleSource> of(SparkSession spark, InputListing inputs) {
        List<Dataset<Row>> parts = new ArrayList<>();
        if (!inputs.jsonTables().isEmpty()) {
            StructType schema = new StructType();
            for (String c : COLUMNS) schema = schema.add(c, DataTypes.StringType);
            schema = schema.add(CORRUPT, DataTypes.StringType);
            Dataset<Row> json = spark.read().schema(schema).option("mode", "PERMISSIVE").option("columnNameOfCorruptRecord", CORRUPT)
                    .json(inputs.jsonTables().toArray(String[]::new));
            parts.add(select(json, true));
        }
        if (!inputs.parquetTables().isEmpty()) {
            Dataset<Row> parquet = spark.read().parquet(inputs.parquetTables().toArray(String[]::new));
            Set<String> have = Set.of(parquet.columns());
            for (String c : List.of("url", "text")) {
                if (!have.contains(c)) throw new InputError(inputs.parquetTables().get(0) + ": no column '" + c + "', expected columns " + String.join(", ", COLUMNS) + " (found " + String.join(", ", Arrays.asList(parquet.columns())) + ")");
            }
            parts.add(select(parquet, false));
        }
        Dataset<Row> rows = parts.get(0);
        for (int i = 1; i < parts.size(); i++) rows = rows.unionByName(parts.get(i));
        return rows.toJavaRDD().map(TableArticles::source);
    }

    private static Dataset<Row> select(Dataset<Row> d, boolean json) {
        Set<String> have = Set.of(d.columns());
        List<Column> cols = new ArrayList<>();
        for (String c : COLUMNS) cols.add((have.contains(c) ? col(c).cast(DataTypes.StringType) : lit(null).cast(DataTypes.StringType)).as(c));
        cols.add(col("_metadata.file_path").as("file"));
        cols.add((json ? col(CORRUPT) : lit(null).cast(DataTypes.StringType)).as(CORRUPT));
        return d.select(cols.toArray(Column[]::new));
    }

    static ArticleSource source(Row r) {
        String url = r.getString(0), date = r.getString(1), lang = r.getString(2), title = r.getString(3), text = r.getString(4);
        org.apache.hadoop.fs.Path file = new org.apache.hadoop.fs.Path(r.getString(5));
        String corrupt = r.getString(6);
        String fileName = file.getName();
        if (corrupt != null) {
            String origin = fileName + " (line '" + abbreviate(corrupt) + "')";
            return ArticleSource.unreadable(Iris.documentAt(fileName + "#" + Sha256.hex(corrupt.getBytes(StandardCharsets.UTF_8))), origin,
                    origin + ": not a JSON object, expected one per line with " + String.join(", ", COLUMNS));
        }
        if (url == null || url.isBlank()) {
            String origin = fileName + " (row without url, title '" + abbreviate(title == null ? "" : title) + "')";
            return ArticleSource.unreadable(Iris.documentAt(fileName + "#" + Sha256.hex(String.valueOf(text).getBytes(StandardCharsets.UTF_8))), origin,
                    origin + ": no url, expected each row to have the url that identifies its article");
        }
        String origin = fileName + " (url " + url.strip() + ")";
        if (text == null || text.isBlank()) {
            return ArticleSource.unreadable(Iris.documentFromUrl(url), origin, origin + ": no text, expected the article's text in column 'text'");
        }
        byte[] bytes = render(url, date, lang, title, text).getBytes(StandardCharsets.UTF_8);
        return new ArticleSource(Iris.documentFromUrl(url), origin, InputListing.recordedPath(file), fileName, bytes, null);
    }

    /** The article file a row stands for: its columns as header lines, a blank line, the text. */
    static String render(String url, String date, String lang, String title, String text) {
        StringBuilder b = new StringBuilder();
        header(b, "url", url);
        header(b, "date", date == null ? null : day(date));
        header(b, "lang", lang);
        header(b, "title", title);
        return b.append('\n').append(text).toString();
    }

    private static void header(StringBuilder b, String key, String value) {
        if (value == null || value.isBlank()) return;
        b.append("# ").append(key).append(": ").append(value.replaceAll("\\R", " ").strip()).append('\n');
    }

    /** A timestamp ("2024-03-05T10:00:00Z", "2024-03-05 10:00:00") is the day it names; a date stays as it is. */
    static String day(String date) {
        String d = date.strip();
        return d.matches("\\d{4}-\\d{2}-\\d{2}[T ].*") ? d.substring(0, 10) : d;
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ").strip();
        return one.length() > 60 ? one.substring(0, 57) + "..." : one;
    }
}
