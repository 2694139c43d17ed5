package org.entente.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The progress line of a local run. */
class ProgressTest {
    @Test
    void givesTheCountTheRateAndTheTimeLeft() {
        assertEquals("entente-spark: 1,200 of 20,000 articles (6%), 95.2 articles/s, 3 min 17 s left",
                Progress.line(1_200, 20_000, 12.6));
        assertEquals("entente-spark: 100 of 2,000,000 articles (0%), 10.0 articles/s, 55 h 33 min left",
                Progress.line(100, 2_000_000, 10));
    }

    @Test
    void saysNothingLeftOnceDoneAndBeforeAnyRate() {
        assertEquals("entente-spark: 5 of 5 articles (100%), 0.5 articles/s", Progress.line(5, 5, 10));
        assertEquals("entente-spark: 0 of 5 articles (0%), 0.0 articles/s", Progress.line(0, 5, 0));
        assertEquals("entente-spark: 0 of 0 articles (100%), 0.0 articles/s", Progress.line(0, 0, 1));
    }
}
