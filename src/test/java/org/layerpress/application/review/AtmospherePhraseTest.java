package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.layerpress.domain.batch.AtmosphereValues;

/** The glovebox atmosphere a step recorded is said in one line: each level with its unit and time, or why it was not read, and the recipe's limits. */
class AtmospherePhraseTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Function<Instant, String> STATION = at -> RecordTimes.timeOfDay(at, BERLIN);

    private static Map<String, String> recorded(String o2, String o2At, String h2o, String h2oAt) {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(AtmosphereValues.GLOVEBOX, "Argon glovebox line 2");
        v.put(AtmosphereValues.O2_PPM, o2);
        v.put(AtmosphereValues.O2_PPM + AtmosphereValues.AT, o2At);
        v.put(AtmosphereValues.H2O_PPM, h2o);
        v.put(AtmosphereValues.H2O_PPM + AtmosphereValues.AT, h2oAt);
        return v;
    }

    @Test
    void bothLevelsAreSaidWithTheirUnitTheirTimeAndTheRecipesLimits() {
        Map<String, String> v = recorded("0.04", "2026-12-06T09:42:13.2Z", "0.0812", "2026-12-06T09:42:13.4Z");
        v.put(AtmosphereValues.MAX_O2_PPM, "0.1");
        v.put(AtmosphereValues.MAX_H2O_PPM, "0.5");

        assertEquals(List.of("glovebox Argon glovebox line 2: O2 0.04 ppm, H2O 0.08 ppm at 10:42:13 (recipe limits O2 ≤ 0.1 ppm, H2O ≤ 0.5 ppm)"),
                ValuePhrases.sentences(v, Set.of(), STATION));
    }

    @Test
    void levelsReceivedAtDifferentTimesKeepEachTheirOwn() {
        Map<String, String> v = recorded("0.3", "2026-12-06T09:42:11Z", "0.2", "2026-12-06T09:42:13Z");

        assertEquals(List.of("glovebox Argon glovebox line 2: O2 0.30 ppm at 10:42:11, H2O 0.20 ppm at 10:42:13 (no recipe limits)"),
                ValuePhrases.sentences(v, Set.of(), STATION));
    }

    @Test
    void aGasThatWasNotReadIsSaidWithItsReasonAndNeverAsANumber() {
        Map<String, String> v = new LinkedHashMap<>();
        v.put(AtmosphereValues.GLOVEBOX, "Argon glovebox line 2");
        v.put(AtmosphereValues.O2_PPM, AtmosphereValues.MISSING);
        v.put(AtmosphereValues.O2_PPM + AtmosphereValues.MISSING_REASON, "glovebox link lost: connection refused");
        v.put(AtmosphereValues.H2O_PPM, "0.08");
        v.put(AtmosphereValues.H2O_PPM + AtmosphereValues.AT, "2026-12-06T09:42:13Z");
        v.put(AtmosphereValues.MAX_O2_PPM, "0.1");
        v.put(AtmosphereValues.MAX_H2O_PPM, "0.1");

        assertEquals(List.of("glovebox Argon glovebox line 2: O2 not read: glovebox link lost: connection refused, H2O 0.08 ppm at 10:42:13"
                + " (recipe limits O2 ≤ 0.1 ppm, H2O ≤ 0.1 ppm)"), ValuePhrases.sentences(v, Set.of(), STATION));
    }

    @Test
    void anAtmosphereAlarmsCauseIsSaidAsTheFlagSaysIt() {
        assertEquals("Glovebox atmosphere above the recipe's limit", RecordWording.cause("ATMOSPHERE"));
    }
}
