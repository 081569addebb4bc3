package org.layerpress.ui.records;

import java.time.ZoneId;
import java.util.List;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.RecordTimes;
import org.layerpress.application.review.RecordWording;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.BatchEventKind;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.calibration.CalibrationEvidence;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Indication;
import org.layerpress.ui.fx.Words;

/**
 * The facts at the top of a batch record, in words: what, with which die on which press, who (printed
 * name and login), when, how it ended, QA's decision, and whether it was a training batch.
 *
 * @param zone the station's zone every time on the record's pages is in ("Europe/Berlin (UTC+01:00)")
 * @param calibration one line per instrument the batch used, with its calibration state at the start, then any deviation
 */
public record BatchHeader(String batchId, String recipe, String recipeHash, String die, String press, String operator, String started,
                          String ended, Indication state, Indication decision, String signature, String zone,
                          boolean training, List<String> calibration) {

    public static BatchHeader of(BatchRecord record, List<BatchEvent> events, ZoneId zone) {
        BatchRun run = record.run();
        BatchEvent first = events.isEmpty() ? null : events.get(0);
        DieSpec die = run.recipe().die();
        String dieText = !run.hasDie() ? RecordWording.die(run) : run.dieId() + ": " + DisplayNumbers.plain(die.bore().millimetres()) + " mm bore, rated " + DisplayNumbers.plain(die.rating().kiloNewtons()) + " kN";
        String press = first == null ? run.recipe().press().model() : first.value(StartedValues.PRESS_MODEL);
        String ended = events.stream().filter(e -> e.kind() == BatchEventKind.COMPLETED || e.kind() == BatchEventKind.ABORTED)
                .reduce((a, b) -> b).map(e -> RecordWords.time(e.at(), zone)).orElse(Words.get("records.fact.notEnded"));
        return new BatchHeader(run.batchId(), run.recipeLabel(), run.recipeHash(), dieText, press.isEmpty() ? run.recipe().press().model() : press,
                record.person(run.operator()), RecordWords.time(run.startedAt(), zone), ended, RecordWords.state(run.state()),
                RecordWords.decision(record.review().map(BatchReview::decision)),
                record.review().map(r -> RecordWording.manifestation(r.signature(), zone)).orElse(Words.get("records.fact.noSignature")),
                RecordTimes.zoneName(zone, run.startedAt()), run.training(),
                first == null ? List.of() : CalibrationEvidence.summary(first.values()));
    }

    /** The same header with this text in the QA signature panel (a station's refusal of a sign-off beside "No QA signature yet"). */
    public BatchHeader withSignature(String text) {
        return new BatchHeader(batchId, recipe, recipeHash, die, press, operator, started, ended, state, decision, text, zone, training, calibration);
    }
}
