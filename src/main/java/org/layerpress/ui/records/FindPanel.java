package org.layerpress.ui.records;

import javafx.event.EventHandler;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.GridPane;
import org.layerpress.ui.access.BadgeReader;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.controls.TextPad;
import org.layerpress.ui.fx.Words;

/**
 * "Find" laid over the list: a batch by its id, the batches of a powder lot (both scanned into the
 * alphanumeric pad or typed on it), of a die or of a layer material (tapped from the values the
 * records hold), or clear all four. Each choice closes the panel and filters the list at once.
 */
final class FindPanel {

    private FindPanel() {
    }

    static void show(StackPane host, BatchListViewModel list) {
        FindCriteria now = list.getFind();
        Button lot = choice("findLot", Words.get("records.find.lotChoice"), now.lot().orElse(Words.get("records.find.anyCode")));
        Button batch = choice("findBatch", Words.get("records.find.batchChoice"), now.batchId().orElse(Words.get("records.find.anyCode")));
        Button die = choice("findDie", Words.get("records.find.dieChoice"), now.dieId().orElse(FindCriteria.anyDie()));
        Button material = choice("findMaterial", Words.get("records.find.materialChoice"), now.material().orElse(FindCriteria.anyMaterial()));
        // Two by two: four rows of 20 mm buttons and the panel's own would not fit the content area's height.
        GridPane body = new GridPane();
        body.add(lot, 0, 0);
        body.add(batch, 1, 0);
        body.add(die, 0, 1);
        body.add(material, 1, 1);
        body.getStyleClass().add("lp-find-panel");
        Button clear = new Button(Words.get("records.find.clear"));
        clear.setId("findClear");
        Button cancel = new Button(Words.get("common.cancel"));
        cancel.setId("findCancel");
        Runnable closer = TapPicker.showPanel(host, Words.get("records.find.title"), body, clear, cancel);
        cancel.setOnAction(e -> closer.run());
        clear.setOnAction(e -> {
            closer.run();
            list.clearFind();
        });
        lot.setOnAction(e -> {
            closer.run();
            codePad(host, Words.get("records.find.lotPad"), now.lot().orElse(""), list::selectLot);
        });
        batch.setOnAction(e -> {
            closer.run();
            codePad(host, Words.get("records.find.batchPad"), now.batchId().orElse(""), list::selectBatchId);
        });
        die.setOnAction(e -> {
            closer.run();
            TapPicker.pick(host, Words.get("records.find.diePick"), list.dieChoices(), now.dieId().orElse(FindCriteria.anyDie()), list::selectDie);
        });
        material.setOnAction(e -> {
            closer.run();
            TapPicker.pick(host, Words.get("records.find.materialPick"), list.materialChoices(), now.material().orElse(FindCriteria.anyMaterial()),
                    list::selectMaterial);
        });
    }

    private static Button choice(String id, String what, String value) {
        Button b = new Button(what + "\n" + value);
        b.setId(id);
        b.setMaxWidth(Double.MAX_VALUE);
        b.setPrefWidth(0);
        GridPane.setHgrow(b, javafx.scene.layout.Priority.ALWAYS);
        b.getStyleClass().add("lp-find-choice");
        return b;
    }

    /**
     * The alphanumeric pad; while it is open the barcode scanner (a keyboard wedge: the code, then
     * Enter) fills it, as the Run section's lot pad does, and nothing else on the page takes the keys.
     */
    static TextPad codePad(StackPane host, String title, String initial, java.util.function.Consumer<String> onOk) {
        TextPad pad = TextPad.showOverlay(host, title, initial, onOk);
        Scene scene = host.getScene();
        if (scene == null) {
            return pad;
        }
        BadgeReader scanner = new BadgeReader();
        EventHandler<KeyEvent> typed = e -> {
            if (BadgeReader.isEnter(e.getCharacter())) {
                scanner.enter(System.nanoTime()).ifPresent(pad::scanned);
            } else {
                scanner.accept(e.getCharacter(), System.nanoTime());
            }
            e.consume();
        };
        EventHandler<KeyEvent> pressed = e -> {
            if (e.getCode() == KeyCode.ENTER) {
                scanner.enter(System.nanoTime()).ifPresent(pad::scanned);
                e.consume();
            }
        };
        scene.addEventFilter(KeyEvent.KEY_TYPED, typed);
        scene.addEventFilter(KeyEvent.KEY_PRESSED, pressed);
        pad.sceneProperty().addListener((obs, was, isNow) -> {
            if (isNow == null) {
                scene.removeEventFilter(KeyEvent.KEY_TYPED, typed);
                scene.removeEventFilter(KeyEvent.KEY_PRESSED, pressed);
            }
        });
        return pad;
    }
}
