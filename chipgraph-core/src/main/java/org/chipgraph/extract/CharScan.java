package org.chipgraph.extract;

/**
 * Questions about the characters of part of a string, asked of every word of a sentence by the name finder: plain
 * loops, where a stream of the characters would allocate several objects per word.
 */
final class CharScan {
    private CharScan() {}

    /** Is a character of [{@code a} + 1, {@code b}) of {@code s} upper case: a capital after the first ("eMMC", "NeuroSpan")? */
    static boolean upperAfterFirst(String s, int a, int b) {
        for (int i = a + 1; i < b; i++) if (Character.isUpperCase(s.charAt(i))) return true;
        return false;
    }

    /** Is a character of {@code s} a letter? */
    static boolean hasLetter(String s) {
        for (int i = 0; i < s.length(); i++) if (Character.isLetter(s.charAt(i))) return true;
        return false;
    }

    /** Is a character of [{@code a}, {@code b}) of {@code s} a digit? */
    static boolean hasDigit(String s, int a, int b) {
        for (int i = a; i < b; i++) if (Character.isDigit(s.charAt(i))) return true;
        return false;
    }
}
