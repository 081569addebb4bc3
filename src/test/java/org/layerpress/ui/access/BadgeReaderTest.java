package org.layerpress.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.InputRefusedException;

class BadgeReaderTest {

    private static final long MS = 1_000_000L;
    private final BadgeReader reader = new BadgeReader();

    private long type(String text, long at) {
        long t = at;
        for (char c : text.toCharArray()) {
            reader.accept(String.valueOf(c), t);
            t += 5 * MS;
        }
        return t;
    }

    @Test
    void aScannedBadgeIsWhatWasTypedBeforeEnter() {
        long t = type("B-1001", 0);
        assertEquals(Optional.of("B-1001"), reader.enter(t));
        assertEquals(Optional.empty(), reader.enter(t + MS), "Enter alone is no badge");
    }

    @Test
    void aPauseLongerThanAScannerMakesStartsAfresh() {
        long t = type("x", 0);
        t = type("B-1002", t + 2_000 * MS);
        assertEquals(Optional.of("B-1002"), reader.enter(t));
    }

    @Test
    void aControlCharacterAloneIsNoScan() {
        assertFalse(reader.accept("\t", 0));
        assertFalse(reader.accept("\u001b", 0));
        assertEquals(Optional.empty(), reader.enter(MS));
    }

    @Test
    void aControlCharacterInsideAScanIsKeptSoTheScanIsRefusedNotChanged() {
        long t = type("LOT\u001b42\t", 0);
        String scanned = reader.enter(t).orElseThrow();
        assertEquals("LOT\u001b42", scanned, "the trailing TAB trimmed, the ESC kept");
        InputRefusedException e = assertThrows(InputRefusedException.class, () -> InputLimits.LOT.accept(scanned));
        assertTrue(e.getMessage().contains("ESC"), e.getMessage());
    }

    @Test
    void anOverlongScanIsKeptOnlyOnePastTheLimitAndNeverCutToOneThatPasses() {
        long t = 0;
        for (int i = 0; i < 100_000; i++) {
            reader.accept("7", t);
            t += MS / 100;
        }
        String scanned = reader.enter(t).orElseThrow();
        assertEquals(InputLimits.SCAN.maxChars() + 1, scanned.length());
        assertThrows(InputRefusedException.class, () -> InputLimits.SCAN.accept(scanned));
        assertThrows(InputRefusedException.class, () -> InputLimits.BADGE_ID.accept(scanned));
    }

    @Test
    void enterLongAfterTheLastCharacterIsNoScan() {
        type("B-1", 0);
        assertEquals(Optional.empty(), reader.enter(5_000 * MS));
    }

    @Test
    void scannersEndWithCarriageReturnOrLineFeed() {
        assertEquals(true, BadgeReader.isEnter("\r"));
        assertEquals(true, BadgeReader.isEnter("\n"));
        assertEquals(false, BadgeReader.isEnter("B"));
    }
}
