package org.layerpress.ui.batch;

import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.ui.controls.LiveReadout;
import org.layerpress.ui.controls.NumberPad;
import org.layerpress.ui.controls.StatusIndicator;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.controls.TextPad;
import org.layerpress.ui.fx.Words;

/**
 * The kind-specific middle of a step page, built from its view model: checklist items to tick,
 * die tiles or a number pad for a scan, mass/lot for a layer with the deviation choice, the force
 * coming down on release, pass/fail per question. Overlays (number pad, reason picker) open in
 * {@code host}.
 */
final class StepParts {

    private StepParts() {
    }

    static Node of(StepModel model, StackPane host) {
        if (model instanceof CheckStepViewModel c) {
            return check(c);
        }
        if (model instanceof ScanStepViewModel s) {
            return scan(s, host);
        }
        if (model instanceof LoadLayerViewModel l) {
            return load(l, host);
        }
        if (model instanceof ReleaseStepViewModel r) {
            return release(r);
        }
        if (model instanceof InspectStepViewModel i) {
            return inspect(i);
        }
        return new Region();
    }

    private static Node check(CheckStepViewModel m) {
        VBox box = new VBox();
        box.getStyleClass().add("lp-check-items");
        m.limits().ifPresent(limits -> box.getChildren().add(atmosphere(m, limits)));
        List<String> items = m.items();
        for (int i = 0; i < items.size(); i++) {
            String item = items.get(i);
            ToggleButton b = new ToggleButton(item);
            b.setId("checkItem" + i);
            b.getStyleClass().add("lp-check-item");
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.setFocusTraversable(false);
            b.setGraphic(glyph(false));
            b.setOnAction(e -> {
                m.toggle(item);
                b.setSelected(m.isTicked(item));
                b.setGraphic(glyph(m.isTicked(item)));
            });
            box.getChildren().add(b);
        }
        return box;
    }

    /** The recipe's glovebox limits and the levels now, above the checklist (the sequencer enforces them on Confirm). */
    private static Node atmosphere(CheckStepViewModel m, String limits) {
        Label limit = new Label(limits);
        limit.setId("checkAtmosphereLimits");
        limit.setWrapText(true);
        Label o2 = new Label();
        o2.setId("checkO2");
        o2.setWrapText(true);
        o2.textProperty().bind(m.atmosphere().o2Property());
        Label h2o = new Label();
        h2o.setId("checkH2o");
        h2o.setWrapText(true);
        h2o.textProperty().bind(m.atmosphere().h2oProperty());
        VBox box = new VBox(limit, o2, h2o);
        box.getStyleClass().add("lp-check-atmosphere");
        return box;
    }

    /** A ticked item shows a check mark, an open one an empty ring: the state is never colour alone. */
    private static Region glyph(boolean ticked) {
        Region g = new Region();
        g.getStyleClass().setAll("lp-glyph", ticked ? "lp-glyph-ok" : "lp-glyph-empty");
        return g;
    }

    private static Node scan(ScanStepViewModel m, StackPane host) {
        Label code = new Label();
        code.setId("scannedCode");
        code.setWrapText(true);
        code.getStyleClass().add("lp-scanned-code");
        code.textProperty().bind(m.statusProperty());
        // A die is never chosen twice: no die tiles here, only a pad for a label the scanner cannot read.
        Button number = new Button(Words.get(m.isDieScan() ? "step.scan.typeDie" : "step.scan.typeLot"));
        number.setId("scanNumber");
        number.setFocusTraversable(false);
        number.setOnAction(e -> lotPad(host, m, m.padTitle(), m.getCode(), m::enter));
        FlowPane choices = new FlowPane(number);
        choices.getStyleClass().add("lp-scan-choices");
        VBox box = new VBox(code, choices);
        box.getStyleClass().add("lp-kind-box");
        return box;
    }

    private static Node load(LoadLayerViewModel m, StackPane host) {
        Label tolerance = new Label(m.getToleranceText());
        tolerance.setId("tolerance");
        tolerance.setWrapText(true);
        tolerance.getStyleClass().add("lp-tolerance");
        Button mass = new Button();
        mass.setId("enterMass");
        mass.textProperty().bind(m.massTextProperty().map(t -> Words.format("step.load.mass", t)));
        mass.getStyleClass().add("lp-entry-button");
        mass.setFocusTraversable(false);
        mass.setOnAction(e -> NumberPad.showOverlay(host, Words.format("step.load.massPad", m.getMaterial()), "mg", m.getMassPadNote(), typed -> {
            m.enterMass(typed);
            if (m.hasBalance()) {
                BalanceRow.askWhyTyped(host, m);
            }
        }));
        Button lot = new Button();
        lot.setId("enterLot");
        lot.textProperty().bind(m.lotProperty().map(t -> Words.format(m.isLotFromScan() ? "step.load.lotScanned" : "step.load.lot",
                t.isEmpty() ? Words.get("step.load.scanOrTap") : t)));
        lot.setWrapText(true);
        lot.getStyleClass().add("lp-entry-button");
        lot.setFocusTraversable(false);
        lot.setOnAction(e -> lotPad(host, m, Words.get("step.scan.padLot"), m.getLot(), m::enterLot));
        // The lot takes the rest of the row: a lot number such as LPSCL-LOT-2024-017 then stands on one line.
        lot.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(lot, Priority.ALWAYS);
        HBox entries = new HBox(mass, lot);
        entries.getStyleClass().add("lp-button-row");

        StatusIndicator verdict = new StatusIndicator();
        verdict.setId("massVerdict");
        // No caption: the word says it ("IN TOLERANCE"), and the caption would be the first to be cut short.
        verdict.setCaption("");
        verdict.indicationProperty().bind(m.verdictProperty());
        verdict.setMaxWidth(Double.MAX_VALUE);

        Button again = new Button(Words.get("step.load.weighAgain"));
        again.setId("weighAgain");
        again.setFocusTraversable(false);
        again.setOnAction(e -> m.weighAgain());
        Button deviation = new Button(Words.get("step.load.recordDeviation"));
        deviation.setId("recordDeviation");
        deviation.setFocusTraversable(false);
        deviation.setOnAction(e -> TapPicker.pickReason(host, Words.get("step.load.whyOut"), m.deviation()));
        Label reason = new Label();
        reason.setId("deviationReason");
        reason.setWrapText(true);
        reason.setMinWidth(0);
        HBox.setHgrow(reason, Priority.ALWAYS);
        reason.textProperty().bind(m.reasonProperty().map(r -> r.isEmpty() ? "" : Words.format("step.load.reason", r)));
        HBox outRow = new HBox(again, deviation, reason);
        outRow.getStyleClass().add("lp-button-row");
        outRow.visibleProperty().bind(m.outOfToleranceProperty());
        outRow.managedProperty().bind(m.outOfToleranceProperty());
        VBox box = new VBox(tolerance, entries, verdict, outRow);
        if (m.hasBalance()) {
            box.getChildren().add(1, BalanceRow.create(m));
        }
        if (m.isWitnessNeeded()) {
            // Its own row: a third button beside mass and lot cut all three labels short.
            box.getChildren().add(2, WitnessEntry.row(m, host));
        }
        box.getStyleClass().add("lp-kind-box");
        if (m.hasBalance() && m.isWitnessNeeded()) {
            // The tallest step page: balance keys, witness, mass and lot, verdict; closer rows keep it on the screen.
            box.getStyleClass().add("lp-kind-box-dense");
        }
        return box;
    }

    /** The lot pad over the page; while it is open a scan fills it, not the page behind. */
    private static void lotPad(StackPane host, StepModel m, String title, String initial, java.util.function.Consumer<String> onOk) {
        TextPad pad = TextPad.showOverlay(host, title, initial, onOk);
        Runnable release = m.scanInto(pad::scanned);
        pad.sceneProperty().addListener((obs, was, now) -> {
            if (now == null) {
                release.run();
            }
        });
    }

    private static Node release(ReleaseStepViewModel m) {
        LiveReadout force = new LiveReadout();
        force.setId("releaseForce");
        force.setCaption(Words.get("step.force"));
        force.setUnit("kN");
        force.readingProperty().bind(m.forceProperty());
        force.getStyleClass().addAll("lp-panel", "lp-release-force");
        Label status = new Label();
        status.setId("releaseStatus");
        status.setWrapText(true);
        status.textProperty().bind(m.statusProperty());
        VBox box = new VBox(force, status);
        box.getStyleClass().add("lp-kind-box");
        return box;
    }

    private static Node inspect(InspectStepViewModel m) {
        VBox box = new VBox();
        box.getStyleClass().add("lp-kind-box");
        List<String> questions = m.questions();
        for (int i = 0; i < questions.size(); i++) {
            String q = questions.get(i);
            Label text = new Label(q);
            text.setWrapText(true);
            text.setMinWidth(0);
            text.setMaxWidth(Double.MAX_VALUE);
            HBox.setHgrow(text, Priority.ALWAYS);
            ToggleGroup group = new ToggleGroup();
            ToggleButton pass = answer("Pass", "lp-glyph-ok", "pass" + i, group);
            ToggleButton fail = answer("Fail", "lp-glyph-warning", "fail" + i, group);
            pass.setOnAction(e -> {
                m.answer(q, true);
                pass.setSelected(true);
            });
            fail.setOnAction(e -> {
                m.answer(q, false);
                fail.setSelected(true);
            });
            HBox row = new HBox(text, pass, fail);
            row.getStyleClass().add("lp-question-row");
            box.getChildren().add(row);
        }
        return box;
    }

    private static ToggleButton answer(String word, String glyph, String id, ToggleGroup group) {
        Region g = new Region();
        g.getStyleClass().setAll("lp-glyph", glyph);
        ToggleButton b = new ToggleButton(word, g);
        b.setId(id);
        b.setToggleGroup(group);
        b.setFocusTraversable(false);
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }
}
