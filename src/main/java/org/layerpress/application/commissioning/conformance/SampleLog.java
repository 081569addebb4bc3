package org.layerpress.application.commissioning.conformance;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.layerpress.application.press.PressSample;
import org.layerpress.application.press.StandardSignal;

/**
 * Every sample the port delivered during the check, so a clause can look back (when did READY rise
 * after the first heartbeat?) as well as forward. Appended on the adapter's thread, read by the check.
 */
final class SampleLog {

    private final List<PressSample> samples = new ArrayList<>();

    synchronized void add(PressSample sample) {
        samples.add(sample);
    }

    /** Good samples of a signal received at or after {@code sinceNanos}, oldest first. */
    synchronized List<PressSample> of(StandardSignal signal, long sinceNanos) {
        List<PressSample> out = new ArrayList<>();
        for (PressSample s : samples) {
            if (s.signal() == signal && s.good() && s.receivedNanos() >= sinceNanos) {
                out.add(s);
            }
        }
        return out;
    }

    Optional<PressSample> first(StandardSignal signal, long sinceNanos, Predicate<PressSample> condition) {
        return of(signal, sinceNanos).stream().filter(condition).findFirst();
    }

    /** The largest value of a signal since then, or NaN without a sample. */
    double max(StandardSignal signal, long sinceNanos) {
        return of(signal, sinceNanos).stream().mapToDouble(PressSample::value).max().orElse(Double.NaN);
    }
}
