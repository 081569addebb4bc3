package org.layerpress.ui.records;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.RecordTimes;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.batch.FlagKind;
import org.layerpress.ui.controls.Glyph;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.Words;

/** How the QA screens say a batch's state, a decision, a time and a recorded value: words first, glyph beside. */
public final class RecordWords {


    private RecordWords() {
    }

    /** A finished batch is normal grey; ABORTED and INTERRUPTED are abnormal (amber, glyph, word). */
    public static Indication state(BatchState state) {
        String word = Words.get("records.state." + state.name());
        return switch (state) {
            case COMPLETE -> Indication.normal(word, Glyph.OK);
            case RUNNING -> Indication.normal(word, Glyph.RUNNING);
            case HELD -> new Indication(word, Glyph.PAUSED, Severity.WARNING);
            case ABORTED -> new Indication(word, Glyph.STOPPED, Severity.WARNING);
            case INTERRUPTED -> Indication.warning(word);
        };
    }

    /** Not yet decided is the normal state of a fresh record; a rejection is abnormal. */
    public static Indication decision(Optional<QaDecision> decision) {
        if (decision.isEmpty()) {
            return Indication.normal(Words.get("records.decisionChoice.NOT_YET"), Glyph.PENDING);
        }
        return decision.get() == QaDecision.APPROVED
                ? Indication.normal(Words.get("records.decisionChoice.APPROVED"), Glyph.OK)
                : new Indication(Words.get("records.decisionChoice.REJECTED"), Glyph.ALARM, Severity.WARNING);
    }

    /** A quality flag's title as the screens show it; the record, the PDF and the flag's sentence keep {@link FlagKind#label()}. */
    public static String flagTitle(FlagKind kind) {
        return Words.get("records.flag." + kind.name());
    }

    /** "No flags", "1 flag", "3 flags". */
    public static String flagCount(int count) {
        return Words.format("records.flags", count);
    }

    public static String time(Instant at, ZoneId zone) {
        return Words.dateTime(at.atZone(zone));
    }

    public static String clock(Instant at, ZoneId zone) {
        return RecordTimes.timeOfDay(at, zone);
    }

    /**
     * One recorded value in words, rounded to its resolution ("force setpoint 28.27 kN", "lot L-7"):
     * {@link ValuePhrases}, the words the PDF report uses too.
     */
    public static String value(String key, String value) {
        return ValuePhrases.value(key, value);
    }

    /** All values but those named, in the record's reading order, in words; the witness is left to {@link ValuePhrases#witness(Map, java.util.function.Function)}. */
    public static String values(Map<String, String> values, java.util.Set<String> leaveOut) {
        return String.join(", ", ValuePhrases.sentences(values, leaveOut));
    }

    /** As {@link #values(Map, java.util.Set)}, with the times the values hold (a gauge's readings, a hold's start) on the station's clock. */
    public static String values(Map<String, String> values, java.util.Set<String> leaveOut, ZoneId zone) {
        return String.join(", ", ValuePhrases.sentences(values, leaveOut, at -> clock(at, zone), RecordWords::caption));
    }

    /**
     * A value's label in the person's language: {@code records.value.<label>} (lower case, each run of other
     * characters one '_': "force setpoint" is {@code records.value.force_setpoint}), or the English label.
     */
    static String caption(String label) {
        String key = "records.value." + label.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        String words = Words.get(key);
        return words.equals(key) ? label : words;
    }

    public static String stateWord(BatchState state) {
        return state(state).word();
    }

    /** The "all" choices of the pickers, in the person's language (a tap on one clears that filter). */
    public static String allRecipes() {
        return Words.get("records.all.recipes");
    }

    public static String allOperators() {
        return Words.get("records.all.operators");
    }

    public static String anyStatus() {
        return Words.get("records.all.states");
    }

    public static String anyFlag() {
        return Words.get("records.all.flags");
    }

    /** A picker's choices: the "all" choice first, then the values. */
    static List<String> withFirst(String first, List<String> rest) {
        List<String> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }
}
