package org.layerpress.ui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * The lot pad's typing rules, on a pad not shown (the toolkit started, as its keys need it): letters and
 * digits typed as capitals, a length cap, a scan replaces.
 */
@ExtendWith(ApplicationExtension.class)
class TextPadTest {

    @Test
    void lettersDigitsAndDashesMakeALotAndBackspaceTakesTheLastOne() {
        TextPad pad = new TextPad();
        for (char c : "lpscl-7".toCharArray()) {
            pad.type(c);
        }
        assertEquals("LPSCL-7", pad.getText(), "capitals, as lots are printed");
        pad.back();
        assertEquals("LPSCL-", pad.getText());
        pad.clear();
        assertEquals("", pad.getText());
    }

    @Test
    void typingStopsAtTheCapAndAScanReplacesWhatWasTypedAsTheLabelHasIt() {
        TextPad pad = new TextPad();
        for (int i = 0; i < TextPad.MAX_CHARS + 5; i++) {
            pad.type('A');
        }
        assertEquals(TextPad.MAX_CHARS, pad.getText().length());
        pad.scanned("  Lpscl_Lot#17 ");
        assertEquals("Lpscl_Lot#17", pad.getText(), "a scan is taken as printed, only trimmed");
    }
}
