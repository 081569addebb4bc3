package org.layerpress.ui.controls;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.layerpress.domain.user.Pin;

class PinEntryTest {

    private final PinEntry entry = new PinEntry();

    private void type(String digits) {
        digits.chars().forEach(c -> entry.type((char) c));
    }

    @Test
    void isCompleteFromSixDigits() {
        type("12345");
        assertFalse(entry.isComplete());
        type("6");
        assertTrue(entry.isComplete());
    }

    @Test
    void backspaceRemovesTheLastDigitAndClearRemovesAll() {
        type("1234567");
        entry.backspace();
        assertEquals(6, entry.getLength());
        assertArrayEquals("123456".toCharArray(), entry.take().digits());
        type("987");
        entry.clear();
        assertEquals(0, entry.getLength());
        entry.backspace();
        assertEquals(0, entry.getLength());
    }

    @Test
    void stopsAtTheLongestPin() {
        type("1234567890123");
        assertEquals(Pin.MAX_DIGITS, entry.getLength());
        assertTrue(entry.fullProperty().get());
    }

    @Test
    void takeHandsOverThePinAndLeavesTheEntryEmpty() {
        type("111111");
        Pin pin = entry.take();
        assertArrayEquals("111111".toCharArray(), pin.digits());
        assertEquals(0, entry.getLength());
        assertFalse(entry.isComplete());
    }

    @Test
    void anIncompletePinCannotBeTaken() {
        type("12345");
        assertThrows(IllegalStateException.class, entry::take);
    }

    @Test
    void onlyDigitsAreTyped() {
        assertThrows(IllegalArgumentException.class, () -> entry.type('a'));
    }
}
