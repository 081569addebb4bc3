package org.layerpress.balance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;

/** SBI print lines as the Sartorius manuals lay them out (docs/balance.md), and what is refused. */
class SbiReplyTest {

    @Test
    void theSixteenCharacterLineIsSignWeightAndUnit() {
        SbiReply r = SbiReply.parse(SbiBalance.PRINT, "+  0.06012 g  ");

        assertEquals("", r.id());
        assertEquals(0.06012, r.value(), 1e-12);
        assertEquals("g", r.unit());
        assertTrue(r.stable());
    }

    @Test
    void theTwentyTwoCharacterLineHasItsIdInFront() {
        SbiReply r = SbiReply.parse(SbiBalance.PRINT, "N     -   1255.7 mg ");

        assertEquals("N", r.id());
        assertEquals(-1255.7, r.value(), 1e-9);
        assertEquals("mg", r.unit());
    }

    @Test
    void aDecimalCommaIsReadAsTheDecimalPoint() {
        assertEquals(12.5, SbiReply.parse(SbiBalance.PRINT, "+     12,5 g  ").value(), 1e-12);
    }

    @Test
    void aBlankUnitIsAWeightTheBalanceDoesNotCallStable() {
        assertFalse(SbiReply.parse(SbiBalance.PRINT, "+  0.06012    ").stable());
    }

    @Test
    void specialLinesAreFailuresNotNumbers() {
        assertEquals(BalanceFailure.OVERLOAD, failure("      H       "));
        assertEquals(BalanceFailure.UNDERLOAD, failure("Stat        L       "));
        assertEquals(BalanceFailure.DEVICE_ERROR, failure("   Err  54    "));
        assertEquals(BalanceFailure.NOT_STABLE, failure("    -------   "));
    }

    @Test
    void aLineOfAnotherShapeIsGarbage() {
        assertEquals(BalanceFailure.GARBAGE, failure("S S      0.06012 g with much more text"));
        assertEquals(BalanceFailure.GARBAGE, failure("+  0.06[0]12 g"));
        assertEquals(BalanceFailure.GARBAGE, failure("\u0007#?! 12,3"));
        assertEquals(BalanceFailure.GARBAGE, failure(""));
    }

    private static BalanceFailure failure(String line) {
        return assertThrows(BalanceException.class, () -> SbiReply.parse(SbiBalance.PRINT, line)).failure();
    }
}
