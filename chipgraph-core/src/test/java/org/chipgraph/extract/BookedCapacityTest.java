package org.chipgraph.extract;

import static org.chipgraph.extract.Extraction.absent;
import static org.chipgraph.extract.Extraction.fact;

import org.junit.jupiter.api.Test;

/**
 * A customer that books a foundry's capacity or output has its chips made there (issue 12, session 32; en.patterns
 * capacity-booked, {@link BookedCapacity}), on an article written for it.
 */
class BookedCapacityTest {

    @Test
    void theCapacityOfTheSentenceBeforeIsItsFoundrys() {
        fact(Extraction.of("en", "bookedFoundryCapacity"), "UMC", "fabricates", "Velmont Semiconductor");
    }

    @Test
    void theChipTheCapacityIsBookedForIsMadeThere() {
        fact(Extraction.of("en", "bookedFoundryCapacity"), "UMC", "fabricates", "VX-3");
    }

    @Test
    void itAfterAFoundrysOutputIsThatOutput() {
        fact(Extraction.of("en", "bookedFoundryCapacity"), "GlobalFoundries", "fabricates", "Orrin Microsystems");
    }

    @Test
    void eachBookerOfAFoundrysNamedOutput() {
        fact(Extraction.of("en", "bookedFoundryCapacity"), "Samsung", "fabricates", "Quarrel Labs");
    }

    @Test
    void aCloudsCapacityIsNoFoundrys() {
        absent(Extraction.of("en", "bookedFoundryCapacity"), "Kelvara Cloud", "fabricates", "Ostrander Robotics");
    }
}
