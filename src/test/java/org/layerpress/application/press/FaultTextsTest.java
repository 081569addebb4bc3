package org.layerpress.application.press;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FaultTextsTest {

    @Test
    void contractCodesHaveWordsWithoutAMapping() {
        FaultTexts texts = FaultTexts.contractDefaults();
        for (int code = 1; code <= 6; code++) {
            String words = texts.describe(code);
            assertTrue(words.startsWith("PLC fault " + code + ": ") && words.length() > ("PLC fault " + code + ": ").length() + 10, words);
        }
        assertEquals("PLC fault 1: Guard door opened during a press cycle", texts.describe(1));
    }

    @Test
    void theMappingOverridesAndExtends() {
        FaultTexts texts = FaultTexts.of(Map.of(5, "Setpoint refused by the press", 101, "Hydraulic oil temperature high"));
        assertEquals("PLC fault 5: Setpoint refused by the press", texts.describe(5));
        assertEquals("PLC fault 101: Hydraulic oil temperature high", texts.describe(101));
        assertEquals("PLC fault 2: E-stop pressed during a press cycle", texts.describe(2), "the others keep the contract's words");
    }

    @Test
    void anUnknownCodeSaysSoAndNeverStandsAlone() {
        assertEquals("PLC fault 142: no description in the mapping's faultTexts", FaultTexts.contractDefaults().describe(142));
        assertEquals("no PLC fault", FaultTexts.contractDefaults().describe(0));
    }
}
