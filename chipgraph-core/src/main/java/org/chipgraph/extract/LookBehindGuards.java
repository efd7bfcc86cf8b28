package org.chipgraph.extract;

/**
 * A regex's source with a look-ahead of one literal character put before each positive look-behind that this
 * character follows: "(?<=\\b(?:of|from)\\s)§C\\d+§" becomes "(?=§)(?<=\\b(?:of|from)\\s)§C\\d+§". Both match the same
 * text, but Java tries a variable-length look-behind at every length it allows before looking at the next character,
 * and the rules' gaps reach such an alternative at every space ({@code @S}, {@code @NC}); the look-ahead fails there at once.
 */
final class LookBehindGuards {
    private LookBehindGuards() {}

    static String of(String regex) {
        StringBuilder out = new StringBuilder(regex.length() + 16);
        boolean inClass = false;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                out.append(c);
                if (i + 1 < regex.length()) out.append(regex.charAt(++i));
                continue;
            }
            if (inClass) { if (c == ']') inClass = false; out.append(c); continue; }
            if (c == '[') { inClass = true; out.append(c); continue; }
            if (c == '(' && regex.startsWith("(?<=", i)) {
                int close = RegexShape.closing(regex, i);
                char next = close > 0 && close + 1 < regex.length() ? regex.charAt(close + 1) : '\\';
                char after = close + 2 < regex.length() ? regex.charAt(close + 2) : ' ';
                if (literal(next) && "?*+{".indexOf(after) < 0) out.append("(?=").append(next).append(')');
            }
            out.append(c);
        }
        return out.toString();
    }

    /** A character that stands for itself in a regex (outside a class) and is no letter, whose case could matter. */
    private static boolean literal(char c) {
        return !Character.isLetterOrDigit(c) && "\\[](){}.*+?^$|#".indexOf(c) < 0 && !Character.isWhitespace(c);
    }
}
