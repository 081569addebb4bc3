package org.layerpress.ui.batch;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.layout.Region;

/**
 * A horizontal pressure gauge for a step pumped by hand, drawn with plain regions (no chart
 * library, ADR 0007): the scale's track, the recipe's band on it, a needle at the live pressure, and
 * the die's rating as a mark when it is on the scale. The needle turns the alarm colour above the
 * band; the words beside it ({@link ManualPressGauge#words}) say the same, so colour is never alone.
 * Its text (band and scale) is a label of the page, not drawn here; its height is the stylesheet's.
 */
public final class PressureGauge extends Region {

    private static final PseudoClass OVER = PseudoClass.getPseudoClass("over");

    private final ObjectProperty<ManualPressGauge> gauge = new SimpleObjectProperty<>(this, "gauge");
    private final Region band = part("lp-gauge-band");
    private final Region rating = part("lp-gauge-rating");
    private final Region needle = part("lp-gauge-needle");

    public PressureGauge() {
        getStyleClass().add("lp-gauge");
        getChildren().addAll(band, rating, needle);
        gauge.addListener((o, was, now) -> {
            boolean over = now != null && (now.level() == ManualPressGauge.Level.OVER_BAND || now.level() == ManualPressGauge.Level.OVER_RATING);
            needle.pseudoClassStateChanged(OVER, over);
            needle.setVisible(now != null && now.level() != ManualPressGauge.Level.STALE);
            requestLayout();
        });
    }

    private static Region part(String styleClass) {
        Region r = new Region();
        r.getStyleClass().add(styleClass);
        r.setManaged(false);
        return r;
    }

    public ObjectProperty<ManualPressGauge> gaugeProperty() {
        return gauge;
    }

    public ManualPressGauge getGauge() {
        return gauge.get();
    }

    public void setGauge(ManualPressGauge g) {
        gauge.set(g);
    }

    @Override
    protected void layoutChildren() {
        ManualPressGauge g = gauge.get();
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double w = getWidth() - x0 - snappedRightInset();
        double h = getHeight() - y0 - snappedBottomInset();
        if (g == null || w <= 0 || h <= 0) {
            return;
        }
        double scale = g.scaleMegaPascals();
        double lower = x0 + w * Math.min(1, g.lowerMegaPascals() / scale);
        double upper = x0 + w * Math.min(1, g.upperMegaPascals() / scale);
        band.resizeRelocate(snapPositionX(lower), y0, snapSizeX(Math.max(1, upper - lower)), h);
        double mark = Math.max(2, w / 200);
        rating.setVisible(g.ratingOnScale());
        rating.resizeRelocate(snapPositionX(x0 + w * g.ratedMegaPascals() / scale - mark / 2), y0, snapSizeX(mark), h);
        double needleWidth = Math.max(4, w / 100);
        needle.resizeRelocate(snapPositionX(x0 + w * g.fraction() - needleWidth / 2), y0 - 2, snapSizeX(needleWidth), h + 4);
    }
}
