package org.layerpress.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.ui.fx.Words;

/**
 * A key pad laid over the screen ({@link TapPicker#showPanel}): the keys on the left; what is typed,
 * any extra buttons, Cancel and OK on the right, so the panel fits the 700 px content area. Cancel
 * closes it; OK closes it and hands over. Ids: {@code <prefix>Cancel}, {@code <prefix>Ok}.
 */
public final class PadOverlay {

    private PadOverlay() {
    }

    /**
     * @param okIsPrimary OK drawn as the screen's primary action (a value goes into a step); plain
     *                    where the pad only fills a form that has its own confirmation
     */
    public static void show(StackPane host, String title, Node keys, Node shown, String idPrefix, boolean okIsPrimary, Runnable onOk,
                            Node... extras) {
        Button cancel = new Button(Words.get("common.cancel"));
        cancel.setId(idPrefix + "Cancel");
        Button ok = new Button(Words.get("common.ok"));
        ok.setId(idPrefix + "Ok");
        if (okIsPrimary) {
            ok.getStyleClass().add("lp-primary");
        }
        HBox buttons = new HBox(cancel, ok);
        buttons.getStyleClass().add("lp-button-row");
        List<Node> side = new ArrayList<>(List.of(shown));
        side.addAll(List.of(extras));
        side.add(buttons);
        VBox sideBox = new VBox(side.toArray(Node[]::new));
        VBox.setVgrow(buttons, Priority.ALWAYS);
        sideBox.getStyleClass().add("lp-temp-pin-body");
        HBox body = new HBox(keys, sideBox);
        body.getStyleClass().add("lp-temp-pin-body");
        Runnable closer = TapPicker.showPanel(host, title, body);
        cancel.setOnAction(e -> closer.run());
        ok.setOnAction(e -> {
            closer.run();
            onOk.run();
        });
    }
}
