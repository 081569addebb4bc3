package org.layerpress.ui.controls;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import org.layerpress.domain.InputLimits;
import org.layerpress.ui.fx.Words;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.TilePane;
import javafx.scene.layout.VBox;

/**
 * A choice made by tapping, not typing: a panel laid over the screen (inside the screen's own
 * {@link StackPane}, never a separate window) with one glove-sized button per choice. Plain pickers
 * close on the first tap; a reason picker also offers an optional line of details and an OK button.
 */
public final class TapPicker {

    /** Style class of the overlay, for tests and the theme. */
    public static final String OVERLAY = "lp-picker-overlay";

    private TapPicker() {
    }

    /** Shows the choices; a tap picks one and closes. */
    public static void pick(StackPane host, String title, List<String> choices, String selected, Consumer<String> onPick) {
        VBox panel = panel(title);
        ToggleGroup group = new ToggleGroup();
        TilePane tiles = tiles(choices, selected, group);
        StackPane overlay = overlay(host, panel);
        group.selectedToggleProperty().addListener((obs, was, now) -> {
            if (now != null) {
                close(host, overlay);
                onPick.accept((String) now.getUserData());
            }
        });
        Button cancel = new Button(Words.get("common.cancel"));
        cancel.setId("pickerCancel");
        cancel.setOnAction(e -> close(host, overlay));
        panel.getChildren().addAll(scroll(tiles), buttonRow(cancel));
    }

    /**
     * Shows the entry's preset reasons (its preset selected) and a details line; OK puts the chosen
     * preset (or "" for none) and the details into {@code entry}, then runs {@code onDone}. An Admin may
     * type details here: a keyboard is at hand for administration.
     */
    public static void pickReason(StackPane host, String title, ReasonEntry entry, Runnable onDone) {
        VBox panel = panel(title);
        ToggleGroup group = new ToggleGroup();
        TilePane tiles = tiles(entry.presets(), entry.getPreset(), group);
        TextField detailField = new TextField(entry.getDetails());
        detailField.setId("reasonDetails");
        // The preset and ": " come on top; the use case refuses a combined reason over the limit.
        TextLimit.on(detailField, InputLimits.REASON);
        detailField.setPromptText(Words.get("common.detailsOptional"));
        detailField.getStyleClass().add("lp-text-field");
        StackPane overlay = overlay(host, panel);
        Button ok = new Button(Words.get("common.ok"));
        ok.setId("pickerOk");
        ok.setDefaultButton(true);
        ok.setOnAction(e -> {
            close(host, overlay);
            String preset = group.getSelectedToggle() == null ? "" : (String) group.getSelectedToggle().getUserData();
            entry.pick(preset, detailField.getText());
            onDone.run();
        });
        Button cancel = new Button(Words.get("common.cancel"));
        cancel.setId("pickerCancel");
        cancel.setOnAction(e -> close(host, overlay));
        HBox.setHgrow(detailField, Priority.ALWAYS);
        HBox bottom = buttonRow(detailField, cancel, ok);
        panel.getChildren().addAll(scroll(tiles), bottom);
    }

    /** Lets the person change the reason in {@code entry}. */
    public static void pickReason(StackPane host, String title, ReasonEntry entry) {
        pickReason(host, title, entry, () -> { });
    }

    /**
     * Lays a panel with a title, a body and buttons over the host; returns what closes it. Buttons
     * get no handler here: give each one that does its work and then runs the returned closer.
     */
    public static Runnable showPanel(StackPane host, String title, javafx.scene.Node body, javafx.scene.Node... buttons) {
        VBox panel = panel(title);
        panel.getChildren().addAll(body, buttonRow(buttons));
        StackPane overlay = overlay(host, panel);
        return () -> close(host, overlay);
    }

    /** A read-only text (e.g. an audit row in full) with a Close button. */
    public static void inform(StackPane host, String title, String text) {
        Label body = new Label(text);
        body.setWrapText(true);
        body.getStyleClass().add("lp-picker-text");
        Button close = new Button(Words.get("common.close"));
        close.setId("pickerClose");
        Runnable closer = showPanel(host, title, body, close);
        close.setOnAction(e -> closer.run());
    }

    private static VBox panel(String title) {
        Label heading = new Label(title);
        heading.getStyleClass().add("lp-picker-title");
        VBox panel = new VBox(heading);
        panel.getStyleClass().add("lp-picker-panel");
        panel.setMaxSize(Region.USE_PREF_SIZE, Region.USE_PREF_SIZE);
        return panel;
    }

    /**
     * A choice as the person reads it: the bundle's {@code pick.<words>} (lower case, each run of other
     * characters one '_': "Glovebox problem" is {@code pick.glovebox_problem}) or the choice itself. Only
     * the tile is translated; what is picked, and so what a record keeps, is the English preset.
     */
    public static String shown(String choice) {
        String key = "pick." + choice.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
        String words = Words.get(key);
        return words.equals(key) ? choice : words;
    }

    private static TilePane tiles(List<String> choices, String selected, ToggleGroup group) {
        TilePane tiles = new TilePane();
        tiles.getStyleClass().add("lp-picker-tiles");
        tiles.setPrefColumns(Math.min(4, Math.max(1, choices.size())));
        for (String choice : choices) {
            ToggleButton b = new ToggleButton(shown(choice));
            b.setUserData(choice);
            b.setWrapText(true);
            b.setMaxWidth(Double.MAX_VALUE);
            b.getStyleClass().add("lp-picker-choice");
            if (Objects.equals(choice, selected)) {
                b.setSelected(true);
            }
            b.setToggleGroup(group);
            tiles.getChildren().add(b);
        }
        return tiles;
    }

    private static ScrollPane scroll(TilePane tiles) {
        ScrollPane scroll = new ScrollPane(tiles);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("lp-picker-scroll");
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        return scroll;
    }

    private static HBox buttonRow(javafx.scene.Node... nodes) {
        HBox row = new HBox(nodes);
        row.getStyleClass().add("lp-picker-buttons");
        row.setAlignment(Pos.CENTER_RIGHT);
        return row;
    }

    private static StackPane overlay(StackPane host, VBox panel) {
        StackPane overlay = new StackPane(panel);
        overlay.getStyleClass().add(OVERLAY);
        // A tap beside the panel does nothing: it must not reach the screen underneath.
        overlay.setOnMouseClicked(javafx.event.Event::consume);
        host.getChildren().add(overlay);
        return overlay;
    }

    private static void close(StackPane host, StackPane overlay) {
        host.getChildren().remove(overlay);
    }
}
