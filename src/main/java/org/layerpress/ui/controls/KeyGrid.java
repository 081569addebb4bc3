package org.layerpress.ui.controls;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.layout.GridPane;
import org.layerpress.ui.fx.DesignPanel;

/**
 * The keys of every pad (PIN, number, temporary PIN) on one grid: glove-sized keys that fire on a
 * single tap released on the key (a finger that slides off cancels, as with any button) and never
 * take keyboard focus (a badge scanner's Enter must never press one). The theme sizes a key (the
 * pad's key style class) to at least {@link #MIN_KEY_MM} mm on the {@link DesignPanel}, i.e.
 * {@link #MIN_KEY_PX} px; a test measures every key of every pad.
 */
public final class KeyGrid extends GridPane {

    /** The smallest key a thick butyl glove hits reliably. */
    public static final double MIN_KEY_MM = 20;
    /** {@link #MIN_KEY_MM} on the design panel: about 118 px. */
    public static final double MIN_KEY_PX = DesignPanel.px(MIN_KEY_MM);

    private final String keyStyleClass;
    private final List<Button> keys = new ArrayList<>();

    /**
     * @param gridStyleClass the pad's grid look (gaps), e.g. {@code lp-pin-keys}
     * @param keyStyleClass the pad's key look (font, size), e.g. {@code lp-key}
     */
    public KeyGrid(String gridStyleClass, String keyStyleClass) {
        this.keyStyleClass = Objects.requireNonNull(keyStyleClass, "keyStyleClass");
        getStyleClass().addAll("lp-key-grid", gridStyleClass);
    }

    /** A one-cell key labelled {@code text}. */
    public Button key(String id, String text, int column, int row, Runnable onTap) {
        return key(id, text, column, row, 1, 1, onTap);
    }

    /** A key labelled {@code text} over {@code columnSpan} × {@code rowSpan} cells (a wide 0, a tall OK). */
    public Button key(String id, String text, int column, int row, int columnSpan, int rowSpan, Runnable onTap) {
        Button b = new Button(text);
        b.setId(id);
        b.getStyleClass().add(keyStyleClass);
        b.setFocusTraversable(false);
        b.setOnAction(e -> onTap.run());
        if (columnSpan > 1 || rowSpan > 1) {
            b.setMaxSize(Double.MAX_VALUE, Double.MAX_VALUE);
        }
        add(b, column, row, columnSpan, rowSpan);
        keys.add(b);
        return b;
    }

    /** A key that shows a glyph instead of words; {@code spoken} says what it does to a screen reader. */
    public Button glyphKey(String id, Node glyph, String spoken, int column, int row, Runnable onTap) {
        Button b = key(id, "", column, row, onTap);
        b.setGraphic(glyph);
        b.setAccessibleText(spoken);
        return b;
    }

    /** Keys 1–9 in three rows of three from {@code (0, 0)}, each typing its digit. */
    public void digits1to9(String idPrefix, java.util.function.IntFunction<Runnable> typing) {
        for (int d = 1; d <= 9; d++) {
            key(idPrefix + d, Integer.toString(d), (d - 1) % 3, (d - 1) / 3, typing.apply(d));
        }
    }

    /** Every key, in the order added. */
    public List<Button> keys() {
        return Collections.unmodifiableList(keys);
    }
}
