package org.chipgraph.extract;


/**
 * The sentence as the rules see it: each mention replaced by a placeholder "§K<i>§" (K its kind, i its index), "'s"
 * kept after possessives, quotes normalised; with the map back to the text's offsets and where each placeholder begins.
 */
final class SentenceRenderer {

    private SentenceRenderer() {}

    /** Where the last placeholder of one of {@code kinds} begins, or -1. */
    static int lastPlaceholder(SentenceState st, String kinds) {
        for (int k = st.placeholderStarts.length - 1; k >= 0; k--) if (kinds.indexOf(st.placeholderKinds[k]) >= 0) return st.placeholderStarts[k];
        return -1;
    }

    private static void indexPlaceholders(SentenceState st) {
        String a = st.abstracted;
        int n = 0;
        int[] starts = new int[8];
        char[] kinds = new char[8];
        for (int i = a.indexOf('§'); i >= 0 && i + 1 < a.length(); i = a.indexOf('§', i + 1)) {
            char k = a.charAt(i + 1);
            if (k < 'A' || k > 'Z') continue;
            if (n == starts.length) { starts = java.util.Arrays.copyOf(starts, n * 2); kinds = java.util.Arrays.copyOf(kinds, n * 2); }
            starts[n] = i;
            kinds[n++] = k;
            i = a.indexOf('§', i + 1); // skip the placeholder's closing mark
            if (i < 0) break;
        }
        st.placeholderStarts = java.util.Arrays.copyOf(starts, n);
        st.placeholderKinds = java.util.Arrays.copyOf(kinds, n);
    }

    /** The sentence with each mention replaced by §K<i>§ (K its kind, i its index), "'s" kept for possessives. */
    static void render(SentenceState st) {
        StringBuilder sb = new StringBuilder(st.text.length() + 8 * st.mentions.size());
        int[] map = new int[st.text.length() + 8 * st.mentions.size() + 1];
        int n = 0;
        int pos = 0;
        for (int i = 0; i < st.mentions.size(); i++) {
            Mention m = st.mentions.get(i);
            if (m.start() < pos) continue;
            for (int k = pos; k < m.start(); k++) { sb.append(st.text.charAt(k)); map = put(map, n++, k); }
            String ph = "§" + m.kind().letter + i + "§" + (m.possessive() ? "'s" : "");
            for (int k = 0; k < ph.length(); k++) { sb.append(ph.charAt(k)); map = put(map, n++, k == 0 ? m.start() : m.end()); }
            pos = m.end();
        }
        for (int k = pos; k < st.text.length(); k++) { sb.append(st.text.charAt(k) == '’' ? '\'' : st.text.charAt(k)); map = put(map, n++, k); }
        map = put(map, n++, st.text.length());
        st.abstracted = sb.toString().replace('’', '\'').replace('“', '"').replace('”', '"').replace('„', '"');
        indexPlaceholders(st);
        st.toText = java.util.Arrays.copyOf(map, n);
    }

    private static int[] put(int[] a, int i, int v) {
        if (i == a.length) a = java.util.Arrays.copyOf(a, a.length * 2);
        a[i] = v;
        return a;
    }
}
