package org.layerpress.ui.correct;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.ui.fx.Words;

/** The correction screen's value words: the label in the person's language, the value as recorded, a number with their mark. */
class ValueWordsTest {

    @AfterEach
    void english() {
        Words.use(Words.STATION_DEFAULT);
    }

    @Test
    void inEnglishTheScreenSaysWhatTheReportSays() {
        assertEquals(ValuePhrases.value("mass.mg", "60.4"), ValueWords.shown("mass.mg", "60.4"));
        assertEquals(ValuePhrases.value("lot", "LPSCL-4711"), ValueWords.shown("lot", "LPSCL-4711"));
    }

    @Test
    void inGermanTheLabelIsGermanTheNumberHasACommaAndALotStaysAsRecorded() {
        Words.use(Locale.GERMAN);
        assertEquals("gewogen" + ValuePhrases.value("mass.mg", "60.4").substring("weighed".length()).replace('.', ','),
                ValueWords.shown("mass.mg", "60.4"));
        assertEquals("Charge LPSCL-4711.B", ValueWords.shown("lot", "LPSCL-4711.B"), "a lot's point is not a decimal mark");
    }

    @Test
    void aValueWithoutWordsOfItsOwnKeepsTheReportsEnglish() {
        Words.use(Locale.GERMAN);
        assertEquals(ValuePhrases.value("ramAdvance.mm", "0.12"), ValueWords.shown("ramAdvance.mm", "0.12"));
    }
}
