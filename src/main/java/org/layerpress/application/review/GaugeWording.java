package org.layerpress.application.review;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.layerpress.application.review.ValuePhrases.Phrase;
import org.layerpress.domain.batch.GaugeReading;
import org.layerpress.domain.batch.GaugeValues;
import org.layerpress.domain.batch.StepResultCodec;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * What a press step pumped by hand says about its times and readings, for the QA screens and the PDF:
 * on a gauge-only press "manual readings (gauge), no trace", the two readings with their unit, who
 * typed them and when, and the hold as the station timed it; on a press with a transducer, when its
 * hold started by the transducer's clock. Times are the station's format ({@link RecordTimes}), never a
 * raw ISO instant. Each phrase takes its keys out of {@code rest} so they are said once.
 */
final class GaugeWording {

    static final String NO_TRACE = "manual readings (gauge), no trace";

    private GaugeWording() {
    }

    static List<Phrase> take(Map<String, String> rest, Function<Instant, String> time) {
        List<Phrase> out = new ArrayList<>();
        if (GaugeValues.manualTrace(rest)) {
            out.add(new Phrase(GaugeValues.TRACE, NO_TRACE));
            reading(rest, GaugeValues.START, "gauge at the hold's start", time).ifPresent(out::add);
            reading(rest, GaugeValues.END, "gauge at the hold's end", time).ifPresent(out::add);
            rest.remove(GaugeValues.TRACE);
            rest.remove(GaugeValues.UNIT);
            rest.remove(GaugeValues.KN_PER_UNIT);
        }
        String timed = rest.remove(GaugeValues.HOLD_TIMED_S);
        if (timed != null) {
            out.add(new Phrase(GaugeValues.HOLD_TIMED_S, "hold timed by the station " + EvidenceNumbers.parse(timed)
                    .stream().mapToObj(s -> EvidenceNumbers.fixed(s, 1)).findFirst().orElse(timed) + " s"));
        }
        String valve = rest.remove(GaugeValues.RELEASE_VALVE_CONFIRMED_BY);
        if (valve != null) {
            out.add(new Phrase(GaugeValues.RELEASE_VALVE_CONFIRMED_BY, "release valve confirmed open by " + valve + " (no transducer sees it)"));
        }
        String started = rest.remove(StepResultCodec.HOLD_STARTED_AT);
        if (started != null) {
            // The transducer's sample started the hold: its source time, from the PLC's clock, not the station's.
            out.add(new Phrase(StepResultCodec.HOLD_STARTED_AT, "hold started at " + at(started, time) + " (the transducer's clock)"));
        }
        return out;
    }

    private static Optional<Phrase> reading(Map<String, String> rest, String key, String label, Function<Instant, String> time) {
        Optional<GaugeReading> r = GaugeValues.decode(key, rest);
        if (r.isEmpty()) {
            return Optional.empty();
        }
        rest.keySet().removeAll(List.of(key, key + GaugeValues.BY, key + GaugeValues.BY_NAME, key + GaugeValues.AT));
        GaugeReading g = r.get();
        String who = g.name().isBlank() ? g.login() : g.name() + " (" + g.login() + ")";
        return Optional.of(new Phrase(key, label + " " + EvidenceNumbers.text(g.value()) + " " + g.unit() + ", read by " + who + " at " + time.apply(g.at())));
    }

    private static String at(String stored, Function<Instant, String> time) {
        try {
            return time.apply(Instant.parse(stored));
        } catch (DateTimeParseException e) {
            // Not an instant after all: print what the record holds rather than lose it.
            return stored;
        }
    }
}
