package org.layerpress.ui.controls;

import javafx.scene.control.ButtonBase;
import javafx.scene.control.Control;
import javafx.scene.control.skin.VirtualFlow;

/**
 * Page up / page down buttons for a list or table: a gloved finger taps, it does not drag a
 * scroll bar (no drag: docs/architecture.md#look-and-feel). Each tap moves by most of a page, keeping a row of context.
 */
public final class PageScroller {

    private static final double PAGE = 0.85;

    private PageScroller() {
    }

    public static void attach(Control listOrTable, ButtonBase up, ButtonBase down) {
        up.setOnAction(e -> scroll(listOrTable, -1));
        down.setOnAction(e -> scroll(listOrTable, +1));
    }

    /** Scrolls by {@code pages} pages (negative: up); does nothing before the control is laid out. */
    public static void scroll(Control listOrTable, int pages) {
        if (listOrTable.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            flow.scrollPixels(pages * PAGE * flow.getHeight());
        }
    }
}
