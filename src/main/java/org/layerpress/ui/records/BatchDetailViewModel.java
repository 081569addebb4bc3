package org.layerpress.ui.records;

import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.recipes.SignatureInput;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.press.DieSpec;
import org.layerpress.domain.user.Permission;
import org.layerpress.domain.recipe.RecipeStep;
import org.layerpress.domain.signature.Signature;
import org.layerpress.ui.controls.DisplayNumbers;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;
import org.layerpress.ui.recipe.SigningRequest;

/**
 * One batch record for QA: header, timeline, flags in words, each press step's trace over the recipe
 * profile (zoom and pan by buttons, compare with another batch), sign-off and exports. Everything is
 * read off the FX thread; the record itself is never changed here.
 */
public final class BatchDetailViewModel {

    static final List<String> APPROVE_COMMENTS = List.of("Record complete, all values within limits", "Flags reviewed and acceptable", "Other");
    static final List<String> REJECT_REASONS = List.of("Pressure outside the band", "Mass outside its tolerance", "Record incomplete",
            "Pellet damaged", "Other");

    private final QaSources sources;
    private final Session session;
    private final ScreenCalls calls;
    private final ZoneId zone;
    private BatchRecord record;
    private List<BatchEvent> events = List.of();
    private int traceStep;

    private final ReadOnlyObjectWrapper<BatchHeader> header = new ReadOnlyObjectWrapper<>(this, "header");
    private final ObservableList<TimelineRow> timeline = FXCollections.observableArrayList();
    private final ObservableList<QualityFlag> flags = FXCollections.observableArrayList();
    private final ObservableList<Integer> pressSteps = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<TraceChartModel> chart = new ReadOnlyObjectWrapper<>(this, "chart");
    private final ReadOnlyStringWrapper chartCaption = new ReadOnlyStringWrapper(this, "chartCaption", "");
    private final ReadOnlyStringWrapper mainLegend = new ReadOnlyStringWrapper(this, "mainLegend", "");
    private final ReadOnlyStringWrapper compareLegend = new ReadOnlyStringWrapper(this, "compareLegend", "");
    private final ReadOnlyStringWrapper profileLegend = new ReadOnlyStringWrapper(this, "profileLegend", "");
    private final ReadOnlyStringWrapper signOffBlocker = new ReadOnlyStringWrapper(this, "signOffBlocker", Words.get("records.loading"));
    private final ReadOnlyBooleanWrapper canSignOff = new ReadOnlyBooleanWrapper(this, "canSignOff");
    private final ReadOnlyBooleanWrapper loaded = new ReadOnlyBooleanWrapper(this, "loaded");

    public BatchDetailViewModel(QaSources sources, Session session, UseCaseRunner runner, ZoneId zone) {
        this.sources = Objects.requireNonNull(sources, "sources");
        this.session = Objects.requireNonNull(session, "session");
        this.calls = new ScreenCalls(runner);
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * True for who signs records off and exports them (QA); a Supervisor reads the same record without
     * Approve, Reject or exports (the use cases refuse them too).
     */
    public boolean isReviewer() {
        return session.user().has(Permission.REVIEW_BATCH);
    }

    public void load(String batchId) {
        calls.call(() -> sources.records().open(batchId), this::show);
    }

    private void show(BatchRecord opened) {
        record = opened;
        // The replayed state keeps each step's last values only; the timeline needs every change with who and when.
        events = record.events();
        // The use case's answer, read with the record's other contents already here: a question about the record in hand.
        // Where a sign-off waited, a station's refusal of it takes that place, and the station's words stand in the QA
        // signature panel; Approve and Reject stay on, so QA signs again.
        Optional<String> blocker = sources.signOffCheck().whyNot(record);
        Optional<SignOffCheck.Note> note = blocker.isPresent() ? Optional.empty() : sources.signOffCheck().note(record);
        BatchHeader facts = BatchHeader.of(record, events, zone);
        // In place of "No QA signature yet" (the chip says it is not signed off): the panel has no room for both.
        header.set(note.map(n -> facts.withSignature(n.words())).orElse(facts));
        timeline.setAll(Timeline.of(record, events, zone));
        flags.setAll(record.flags());
        // A PRESSURISE's vessel pressure is charted as a press step's pellet pressure is: both are MPa on the pellet.
        pressSteps.setAll(record.run().steps().stream()
                .filter(s -> s.step() instanceof RecipeStep.Press && record.traces().containsKey(s.number())
                        || s.step() instanceof RecipeStep.Pressurise && record.vesselTraces().containsKey(s.number()))
                .map(s -> s.number()).toList());
        signOffBlocker.set(blocker.or(() -> note.map(SignOffCheck.Note::line)).orElse(""));
        canSignOff.set(blocker.isEmpty());
        if (traceStep != 0 && pressSteps.contains(traceStep)) {
            showTrace(traceStep);
        } else if (!pressSteps.isEmpty()) {
            showTrace(pressSteps.get(0));
        }
        loaded.set(true);
    }

    /** Shows a press step's trace over its recipe profile, the whole hold in view. */
    public void showTrace(int step) {
        if (record.run().step(step).step() instanceof RecipeStep.Pressurise vessel) {
            showVesselTrace(step, vessel);
            return;
        }
        RecipeStep.Press press = (RecipeStep.Press) record.run().step(step).step();
        DieSpec die = record.run().recipe().die();
        traceStep = step;
        chart.set(TraceChartModel.of(Trace.of(record.trace(step), die), press));
        double kN = die.forceFor(press.target()).kiloNewtons();
        chartCaption.set(Words.format("records.trace.caption", step, press.title(), Words.decimals(DisplayNumbers.plain(press.target().megaPascals())),
                Words.decimals(DisplayNumbers.plain(press.band().megaPascals())), Words.decimals(String.format(Locale.ROOT, "%.2f", kN)),
                Words.decimals(DisplayNumbers.plain(record.run().recipe().die().bore().millimetres())), String.valueOf(press.hold().toSeconds())));
        mainLegend.set(Words.format("records.trace.main", record.batchId()));
        compareLegend.set("");
        profileLegend.set(Words.format("records.trace.profile", Words.decimals(DisplayNumbers.plain(press.band().megaPascals()))));
    }

    public int traceStep() {
        return traceStep;
    }

    public void zoomIn() {
        move(chart.get() == null ? null : chart.get().zoomIn());
    }

    public void zoomOut() {
        move(chart.get() == null ? null : chart.get().zoomOut());
    }

    public void panLeft() {
        move(chart.get() == null ? null : chart.get().panLeft());
    }

    public void panRight() {
        move(chart.get() == null ? null : chart.get().panRight());
    }

    private void move(TraceChartModel next) {
        if (next != null) {
            chart.set(next);
        }
    }

    /** Other batches of the same recipe, newest first, for "Compare with…"; hands them back on the FX thread. */
    public void compareChoices(Consumer<List<BatchLine>> onChoices) {
        String id = record.batchId();
        BatchListFilter sameRecipe = new BatchListFilter(Optional.empty(), Optional.empty(), Optional.of(record.run().recipe().name()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false, 0, 12);
        calls.call(() -> sources.list().list(sameRecipe), page -> onChoices.accept(page.rows().stream()
                .filter(r -> !r.batchId().equals(id)).map(r -> BatchLine.of(r, zone)).toList()));
    }

    /** A PRESSURISE's vessel pressure over its recipe profile: "vessel pressure" in words, no force and no die. */
    private void showVesselTrace(int step, RecipeStep.Pressurise vessel) {
        traceStep = step;
        chart.set(TraceChartModel.ofVessel(record.vesselTrace(step), vessel));
        chartCaption.set(Words.format("records.trace.vesselCaption", step, vessel.title(), Words.decimals(DisplayNumbers.plain(vessel.target().megaPascals())),
                Words.decimals(DisplayNumbers.plain(vessel.band().megaPascals())), String.valueOf(vessel.hold().toSeconds())));
        mainLegend.set(Words.format("records.trace.vesselMain", record.batchId()));
        compareLegend.set("");
        profileLegend.set(Words.format("records.trace.profile", Words.decimals(DisplayNumbers.plain(vessel.band().megaPascals()))));
    }

    /** Adds the same step of another batch to the chart, on the same axes. */
    public void compareWith(String otherId) {
        int step = traceStep;
        calls.call(() -> sources.records().open(otherId), other -> {
            List<TracePoint> points = other.traces().getOrDefault(step, List.of());
            List<TraceChartModel.Sample> samples = points.isEmpty() ? TraceChartModel.vesselSamples(other.vesselTrace(step))
                    : TraceChartModel.samples(Trace.of(points, other.run().recipe().die()));
            if (samples.isEmpty()) {
                say(Words.format("records.compare.noTrace", otherId, step), Severity.WARNING);
                return;
            }
            chart.set(chart.get().withCompare(samples));
            compareLegend.set(Words.format("records.trace.compare", otherId, other.person(other.run().operator()), RecordWords.time(other.run().startedAt(), zone)));
            say("", Severity.NORMAL);
        });
    }

    public void clearCompare() {
        move(chart.get() == null ? null : chart.get().withoutCompare());
        compareLegend.set("");
    }

    /** What the signature dialog asks for QA's decision; a rejection needs a reason, and so does approving a flagged record. */
    public SigningRequest signing(QaDecision decision) {
        String id = record.batchId();
        if (decision == QaDecision.APPROVED) {
            return new SigningRequest(Words.format("records.sign.approveTitle", id), Words.format("records.sign.approveMeaning", id),
                    APPROVE_COMMENTS, !record.flags().isEmpty(), Words.get("records.sign.approveButton"));
        }
        return new SigningRequest(Words.format("records.sign.rejectTitle", id), Words.format("records.sign.rejectMeaning", id),
                REJECT_REASONS, true, Words.get("records.sign.rejectButton"));
    }

    /** Signs the decision through the use case; its refusal comes back in words and the dialog stays open. */
    public void signOff(QaDecision decision, SignatureInput input, Runnable onSigned, Consumer<String> onRefused) {
        String id = record.batchId();
        calls.call(() -> sources.signOff().signOff(id, decision, input), review -> {
            onSigned.run();
            // The comment is on the Summary's signature; one line here leaves the trace page its height.
            Signature signed = review.signature();
            String said = signed.manifestation();
            say(sources.signOff().afterSigning(review).orElseGet(() -> Words.format("records.sign.done",
                    signed.comment().isBlank() ? said : said.substring(0, said.length() - signed.comment().length() - 3))), Severity.NORMAL);
            load(id);
        }, onRefused);
    }

    /**
     * Exports where it can go now: at once to the only place, or, with a stick and a network folder
     * (or two sticks), after the person taps one of the places {@code choose} is handed.
     */
    public void export(Exporter.Format format, Consumer<List<String>> choose) {
        calls.call(() -> sources.exporter().places(), places -> {
            if (places.size() > 1) {
                choose.accept(places);
            } else {
                exportTo(format, places.isEmpty() ? "" : places.get(0));
            }
        });
    }

    /** Exports to the place the person tapped; the outcome (where it went, or why not) is the page's message. */
    public void exportTo(Exporter.Format format, String place) {
        String id = record.batchId();
        say(Words.format("records.export.writing", format.toString()), Severity.NORMAL);
        calls.call(() -> sources.exporter().export(id, format, place),
                words -> say(words, Exporter.notWritten(words) ? Severity.WARNING : Severity.NORMAL));
    }

    private void say(String words, Severity severity) {
        calls.say(words, severity);
    }

    public Session session() {
        return session;
    }

    public BatchRecord record() {
        return record;
    }

    public ReadOnlyObjectProperty<BatchHeader> headerProperty() {
        return header.getReadOnlyProperty();
    }

    public BatchHeader getHeader() {
        return header.get();
    }

    public ObservableList<TimelineRow> timeline() {
        return timeline;
    }

    public ObservableList<QualityFlag> flags() {
        return flags;
    }

    public ObservableList<Integer> pressSteps() {
        return pressSteps;
    }

    public ReadOnlyObjectProperty<TraceChartModel> chartProperty() {
        return chart.getReadOnlyProperty();
    }

    public TraceChartModel getChart() {
        return chart.get();
    }

    public ReadOnlyStringProperty chartCaptionProperty() {
        return chartCaption.getReadOnlyProperty();
    }

    public String getChartCaption() {
        return chartCaption.get();
    }

    public ReadOnlyStringProperty mainLegendProperty() {
        return mainLegend.getReadOnlyProperty();
    }

    public String getMainLegend() {
        return mainLegend.get();
    }

    public ReadOnlyStringProperty compareLegendProperty() {
        return compareLegend.getReadOnlyProperty();
    }

    public String getCompareLegend() {
        return compareLegend.get();
    }

    public ReadOnlyStringProperty profileLegendProperty() {
        return profileLegend.getReadOnlyProperty();
    }

    public String getProfileLegend() {
        return profileLegend.get();
    }

    public ReadOnlyStringProperty signOffBlockerProperty() {
        return signOffBlocker.getReadOnlyProperty();
    }

    public String getSignOffBlocker() {
        return signOffBlocker.get();
    }

    public ReadOnlyBooleanProperty canSignOffProperty() {
        return canSignOff.getReadOnlyProperty();
    }

    public boolean isCanSignOff() {
        return canSignOff.get();
    }

    public ReadOnlyBooleanProperty loadedProperty() {
        return loaded.getReadOnlyProperty();
    }

    public boolean isLoaded() {
        return loaded.get();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public boolean isBusy() {
        return calls.isBusy();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return calls.messageProperty();
    }

    public Message getMessage() {
        return calls.getMessage();
    }
}
