package org.chipgraph.extract;

/**
 * What a mention names, and the letter of its placeholder in the sentence the rules see ("§C3§"): the rules'
 * slot types ({@code {Company}}, {@code {ControlVerb}}, ...) compile to these letters.
 */
enum MentionKind {
    COMPANY('C'), CHIP('H'), COUNTRY('N'), CONTROL_NOUN('X'), CONTROL_VERB('V'), LISTED_CONTROL('L'), MONEY('M'),
    /** A capitalised name of open type (company or chip) that only a rule's slot can confirm ({@link SlotNames}). */
    TENTATIVE('T');

    final char letter;

    MentionKind(char letter) { this.letter = letter; }

    /** The kind of a mention of a registry entity of this type ("Company", "Chip", "Country", "ExportControl"). */
    static MentionKind ofType(String type) {
        return switch (type) {
            case "Company" -> COMPANY;
            case "Chip" -> CHIP;
            case "Country" -> COUNTRY;
            case "ExportControl" -> CONTROL_NOUN;
            default -> throw new IllegalArgumentException("unknown entity type " + type);
        };
    }

    /** A control named by a noun, a verb or a list. */
    boolean control() { return this == CONTROL_NOUN || this == CONTROL_VERB || this == LISTED_CONTROL; }
}
