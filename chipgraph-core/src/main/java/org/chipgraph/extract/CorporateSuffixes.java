package org.chipgraph.extract;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chipgraph.fact.NameKey;

/**
 * A registered company's name goes on through the corporate suffixes written after it ("Micron Technology",
 * "Tokyo Electron Ltd.", "Huawei Technologies Co., Ltd.'s"), so that they are no words of the sentence's own. The
 * suffixes are the name key's ({@link NameKey#isSuffix}, ontology/name-keys.txt).
 */
final class CorporateSuffixes {
    private static final Pattern SUFFIX_WORD = Pattern.compile("\\G(,?)\\s+(\\p{Lu}[\\p{L}]*)(\\.?)(['’]s\\b)?");

    private CorporateSuffixes() {}

    /** Where a name ends with its suffixes, and whether it ends in a possessive. */
    record NameEnd(int end, boolean possessive) {}

    /** The end of the name that ends at {@code end}, with the suffixes written after it. */
    static NameEnd after(String text, int end) {
        Matcher m = SUFFIX_WORD.matcher(text);
        int at = end;
        String last = "";
        m.region(at, text.length());
        while (m.find()) {
            // a comma only between "Co." and "Ltd."
            if (!m.group(1).isEmpty() && !last.equals("Co")) break;
            if (!NameKey.standard().isSuffix(m.group(2))) break;
            at = m.end();
            last = m.group(2);
            if (m.group(4) != null) return new NameEnd(at, true);
            m.region(at, text.length());
        }
        return new NameEnd(at, false);
    }
}
