package org.chipgraph.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ConfidenceBandsTest {
    @Test
    void eachConfidenceFallsInExactlyOneBandHighestFirst() {
        List<Double> confidences = List.of(1.0, 0.8, 0.79, 0.7, 0.65, 0.5, 0.45, 0.0);
        var bands = ConfidenceBands.split(confidences, Double::doubleValue);
        assertEquals(List.of("0.8-1.0", "0.7-0.8", "0.6-0.7", "0.5-0.6", "0.0-0.5"), bands.stream().map(ConfidenceBands.Band::label).toList());
        assertEquals(List.of(List.of(1.0, 0.8), List.of(0.79, 0.7), List.of(0.65), List.of(0.5), List.of(0.45, 0.0)),
                bands.stream().map(ConfidenceBands.Band::rows).toList());
    }

    @Test
    void thePrecisionIsReadFromTheScorersSummaryLine() {
        assertEquals("P=0.912", ConfidenceBands.precision("P=0.912 R=0.700 F1=0.792"));
        assertEquals("P=-", ConfidenceBands.precision("no facts"));
    }
}
