package org.layerpress.ui.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Optional;
import org.junit.jupiter.api.Test;

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
    void controlCharactersAreNoPartOfABadge() {
        assertFalse(reader.accept("\t", 0));
        assertFalse(reader.accept("\u001b", 0));
        assertEquals(Optional.empty(), reader.enter(MS));
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
