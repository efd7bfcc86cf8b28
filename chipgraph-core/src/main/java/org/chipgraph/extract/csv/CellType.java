package org.chipgraph.extract.csv;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.util.XSDNumUtils;

/**
 * The declared type of a column: how a cell's text becomes an RDF term. A cell that does not parse
 * is bad input ({@link IllegalArgumentException} with what was expected), reported with file, row and column.
 */
public enum CellType {
    STRING, INTEGER, DECIMAL, DOUBLE, DATE, DATETIME, GYEAR, IRI;

    static CellType of(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "string" -> STRING;
            case "integer" -> INTEGER;
            case "decimal" -> DECIMAL;
            case "double" -> DOUBLE;
            case "date" -> DATE;
            case "datetime" -> DATETIME;
            case "gyear", "year" -> GYEAR;
            case "iri", "url" -> IRI;
            default -> throw new IllegalArgumentException("unknown type '" + name
                    + "', expected string, integer, decimal, double, date, dateTime, gYear or iri");
        };
    }

    /** The RDF term for {@code text} (never null or empty), using {@code format} for dates when given. */
    Node toNode(String text, DateTimeFormatter format, String formatText) {
        switch (this) {
            case STRING:
                return NodeFactory.createLiteralString(text);
            case INTEGER: {
                BigDecimal d = number(text, "an integer");
                try {
                    // "350000.0" is an integer written as a float by a spreadsheet; "1.5" is not.
                    return NodeFactory.createLiteralDT(d.toBigIntegerExact().toString(), XSDDatatype.XSDinteger);
                } catch (ArithmeticException e) {
                    throw new IllegalArgumentException("'" + text + "' is not an integer");
                }
            }
            case DECIMAL:
                // canonical ("350000.0", "1.1"): the form TDB2 reads back (apache/jena#3404)
                return NodeFactory.createLiteralDT(XSDNumUtils.canonicalDecimalStrWithDot(number(text, "a decimal number")), XSDDatatype.XSDdecimal);
            case DOUBLE:
                return NodeFactory.createLiteralDT(doubleLexical(text), XSDDatatype.XSDdouble);
            case DATE:
                try {
                    LocalDate d = format != null ? LocalDate.parse(text, format) : LocalDate.parse(text);
                    return NodeFactory.createLiteralDT(d.toString(), XSDDatatype.XSDdate);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a date in format " + (formatText != null ? formatText : "yyyy-MM-dd"));
                }
            case DATETIME:
                try {
                    OffsetDateTime t = format != null ? OffsetDateTime.parse(text, format) : OffsetDateTime.parse(text);
                    return NodeFactory.createLiteralDT(t.toString(), XSDDatatype.XSDdateTime);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a date-time in format " + (formatText != null ? formatText : "ISO 8601"));
                }
            case GYEAR:
                try {
                    return NodeFactory.createLiteralDT(Year.parse(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text).toString(), XSDDatatype.XSDgYear);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("'" + text + "' is not a year (yyyy)");
                }
            case IRI:
                if (!text.matches("(?i)https?://\\S+")) throw new IllegalArgumentException("'" + abbreviate(text) + "' is not an http(s) URL");
                return NodeFactory.createURI(text);
            default:
                throw new IllegalStateException();
        }
    }

    private static BigDecimal number(String text, String expected) {
        try {
            return new BigDecimal(text.replace("_", ""));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + abbreviate(text) + "' is not " + expected);
        }
    }

    /** xsd:double lexical form: Python/pandas write infinity as "inf", XSD wants "INF"; scientific notation is fine. */
    static String doubleLexical(String text) {
        String t = text.toLowerCase(Locale.ROOT);
        switch (t) {
            case "inf", "+inf", "infinity", "+infinity": return "INF";
            case "-inf", "-infinity": return "-INF";
            case "nan": return "NaN";
            default:
                try {
                    double v = Double.parseDouble(text);
                    if (Double.isNaN(v) || Double.isInfinite(v) || text.matches(".*[a-zA-Z&&[^eE]].*")) throw new NumberFormatException();
                    return text.startsWith("+") ? text.substring(1) : text;
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("'" + abbreviate(text) + "' is not a number (decimal, scientific notation, inf or nan)");
                }
        }
    }

    static String abbreviate(String s) { return s.length() > 60 ? s.substring(0, 57) + "..." : s; }
}
