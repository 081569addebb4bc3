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
import org.layerpress.domain.batch.GaugeReading;
import org.layerpress.domain.batch.GaugeValues;
import org.layerpress.domain.batch.StepResultCodec;

/** The times a step pumped by hand holds are said in the station's time format, with whose clock they are, never as a raw ISO instant. */
class ManualStepTimesPhraseTest {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final Function<Instant, String> STATION = at -> RecordTimes.timeOfDay(at, BERLIN);

    @Test
    void theHoldStartOfATransducerIsSaidAsATimeOfDayOnTheTransducersClock() {
        List<String> said = ValuePhrases.sentences(Map.of(StepResultCodec.HOLD_STARTED_AT, "2026-12-06T03:11:11.3619162Z"), Set.of(), STATION);

        assertEquals(List.of("hold started at 04:11:11 (the transducer's clock)"), said);
    }

    @Test
    void withoutTheStationsZoneTheTimeIsSaidInUtcAndNamedSo() {
        List<String> said = ValuePhrases.sentences(Map.of(StepResultCodec.HOLD_STARTED_AT, "2026-12-06T03:11:11.3619162Z"), Set.of());

        assertEquals(List.of("hold started at 2026-12-06 03:11:11 UTC (the transducer's clock)"), said);
    }

    @Test
    void aStepReadOffTheGaugeSaysNoTraceAndBothReadingsWithWhoReadThemAndWhen() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put(GaugeValues.TRACE, GaugeValues.MANUAL);
        values.put(GaugeValues.UNIT, "bar");
        values.put(GaugeValues.KN_PER_UNIT, "0.2124");
        values.putAll(GaugeValues.encode(GaugeValues.START, new GaugeReading(37, "bar", "olga", "Olga Operator", Instant.parse("2026-12-06T09:00:05Z"))));
        values.putAll(GaugeValues.encode(GaugeValues.END, new GaugeReading(30, "bar", "olga", "Olga Operator", Instant.parse("2026-12-06T09:00:35Z"))));
        values.put(GaugeValues.HOLD_TIMED_S, "30.2");

        List<String> said = ValuePhrases.sentences(values, Set.of(), STATION);

        assertEquals(List.of("manual readings (gauge), no trace",
                "gauge at the hold's start 37 bar, read by Olga Operator (olga) at 10:00:05",
                "gauge at the hold's end 30 bar, read by Olga Operator (olga) at 10:00:35",
                "hold timed by the station 30.2 s"), said);
    }
}
