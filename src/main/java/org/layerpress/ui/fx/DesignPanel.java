package org.layerpress.ui.fx;

/**
 * The panel the HMI is designed for: a 10.1" touchscreen of 1280 × 800 px, about 5.9 px per
 * millimetre. Screens are laid out for it, and glove-sized targets are measured on it.
 */
public final class DesignPanel {

    public static final double WIDTH_PX = 1280;
    public static final double HEIGHT_PX = 800;
    public static final double DIAGONAL_INCHES = 10.1;
    /** Pixels per millimetre: the diagonal in pixels over the diagonal in millimetres. */
    public static final double PX_PER_MM = Math.hypot(WIDTH_PX, HEIGHT_PX) / (DIAGONAL_INCHES * 25.4);

    private DesignPanel() {
    }

    /** A length on the panel in pixels. */
    public static double px(double millimetres) {
        return millimetres * PX_PER_MM;
    }
}
