package org.layerpress.ui;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.ButtonBase;
import javafx.scene.control.Labeled;
import org.layerpress.ui.controls.HoldButton;
import org.testfx.api.FxRobot;

/**
 * What a gloved operator needs of every screen, measured as drawn (after any scaling): no text
 * below the theme's root font size, and no tap target under 20 mm. Read on the FX thread.
 */
public final class Readability {

    /** The theme's root font size, less rounding. */
    public static final double MIN_TEXT_PX = 23.99;
    /** 20 mm on the 10.1" 1280×800 panel (about 5.9 px/mm), less a pixel of rounding. */
    public static final double GLOVE_TARGET_PX = 116;

    private Readability() {
    }

    /** Every visible label under the root font size, in words (empty ones too: their text may come later). */
    public static List<String> smallLabels(FxRobot robot) {
        List<String> out = new ArrayList<>();
        for (Labeled l : robot.lookup(".label").queryAllAs(Labeled.class)) {
            if (l.isVisible() && l.getFont().getSize() < MIN_TEXT_PX) {
                out.add("too small: '" + l.getText() + "' " + l.getFont());
            }
        }
        return out;
    }

    /** Every visible label with text under the root font size, in words. */
    public static List<String> smallText(FxRobot robot) {
        List<String> out = new ArrayList<>();
        for (Labeled l : robot.lookup(".label").queryAllAs(Labeled.class)) {
            if (l.isVisible() && !l.getText().isEmpty() && l.getFont().getSize() < MIN_TEXT_PX) {
                out.add("too small: '" + l.getText() + "' " + l.getFont());
            }
        }
        return out;
    }

    /** Every visible button and hold-to-start control under 20 mm either way, in words. */
    public static List<String> smallTargets(FxRobot robot) {
        List<String> out = new ArrayList<>();
        for (Node n : robot.lookup(n -> (n instanceof ButtonBase || n instanceof HoldButton) && n.isVisible() && n.getScene() != null).queryAll()) {
            Bounds b = n.localToScene(n.getLayoutBounds());
            if (b.getWidth() < GLOVE_TARGET_PX || b.getHeight() < GLOVE_TARGET_PX) {
                out.add("target " + n.getId() + " is " + Math.round(b.getWidth()) + "×" + Math.round(b.getHeight()) + " px");
            }
        }
        return out;
    }
}
