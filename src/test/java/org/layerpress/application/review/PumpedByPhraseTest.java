package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.batch.StepResultCodec;

/** Who pumped a step by hand is said once, by printed name, on the PDF and the QA screens. */
class PumpedByPhraseTest {

    @Test
    void aStepPumpedByHandNamesThePersonByPrintedNameAndLoginInOneLine() {
        List<String> said = ValuePhrases.sentences(Map.of(StepResultCodec.MANUAL, "true", StepResultCodec.PUMPED_BY, "olga",
                StepResultCodec.PUMPED_BY_NAME, "Olga Operator"), Set.of());

        assertEquals(List.of("Pumped by hand by Olga Operator (olga)"), said);
    }

    @Test
    void aRecordWrittenBeforeThePrintedNameWasKeptNamesTheLogin() {
        List<String> said = ValuePhrases.sentences(Map.of(StepResultCodec.MANUAL, "true", StepResultCodec.PUMPED_BY, "olga"), Set.of());

        assertEquals(List.of("Pumped by hand by olga"), said);
    }

    @Test
    void anAutomaticPressStepSaysNothingOfPumping() {
        assertEquals(List.of(), ValuePhrases.sentences(Map.of("target.MPa", "360"), Set.of()).stream()
                .filter(s -> s.contains("Pumped")).toList());
    }
}
