package org.layerpress.chart;

/**
 * A recipe target with its ± tolerance, and where they fall on a plot: the target as a row, the band
 * as a rectangle between two x positions. Every chart draws the band as a grey strip under the lines
 * and the target as a dashed or dotted line.
 */
public record TargetBand(double target, double tolerance) {

    /** A rectangle in pixels: left, top, width and height all as a drawing call takes them (never negative). */
    public record Rect(double x, double y, double width, double height) {
    }

    public double low() {
        return target - tolerance;
    }

    public double high() {
        return target + tolerance;
    }

    /** The target's row on {@code y}. */
    public double targetRow(Scale y) {
        return y.px(target);
    }

    /**
     * The band between {@code fromX} and {@code toX} on {@code x} (whole values of the time axis), at
     * least {@code minHeight} pixels tall around the target so a narrow band still shows as a line.
     */
    public Rect band(Scale x, double fromX, double toX, Scale y, double minHeight) {
        double x0 = x.px(fromX);
        double x1 = x.px(toX);
        double y0 = y.px(low());
        double y1 = y.px(high());
        double height = Math.abs(y1 - y0);
        double top = Math.min(y0, y1);
        if (height < minHeight) {
            top = targetRow(y) - minHeight / 2;
            height = minHeight;
        }
        return new Rect(Math.min(x0, x1), top, Math.abs(x1 - x0), height);
    }

    /** The band across the whole width of {@code x}. */
    public Rect bandAcross(Scale x, Scale y, double minHeight) {
        return band(x, x.span().lo(), x.span().hi(), y, minHeight);
    }
}
