package org.layerpress.ui.batch;

import java.util.List;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;

/**
 * The pellet in the die as it is built: layers from the bottom up, each with its name and its
 * condition in words ("pressed", "loose powder", "next"). Pressed layers are solid, loose powder is
 * hatched, the next layer is a dashed outline, so the picture reads without colour. Heights follow
 * the masses, with a floor so every label fits. Plain shapes styled by the theme.
 */
public final class LayerStackPane extends Region {

    private final ObjectProperty<LayerStack> stack = new SimpleObjectProperty<>(this, "stack", LayerStack.EMPTY);
    private final Rectangle bore = new Rectangle();
    private final Label empty = new Label("Die empty");

    public LayerStackPane() {
        getStyleClass().add("lp-layer-stack");
        bore.getStyleClass().add("lp-layer-bore");
        bore.setManaged(false);
        empty.getStyleClass().add("lp-dim-text");
        empty.setManaged(false);
        stack.addListener((obs, was, now) -> rebuild());
        rebuild();
    }

    private void rebuild() {
        getChildren().setAll(bore, empty);
        LayerStack s = stack.get() == null ? LayerStack.EMPTY : stack.get();
        empty.setVisible(s.layers().isEmpty());
        for (LayerStack.Layer layer : s.layers()) {
            Rectangle r = new Rectangle();
            r.getStyleClass().addAll("lp-layer", "lp-layer-" + layer.condition().name().toLowerCase(java.util.Locale.ROOT));
            r.setManaged(false);
            Label label = new Label(layer.name() + "\n" + layer.condition().words());
            label.getStyleClass().add("lp-layer-label");
            label.setManaged(false);
            label.setUserData(layer);
            getChildren().addAll(r, label);
        }
        requestLayout();
    }

    @Override
    protected void layoutChildren() {
        double left = snappedLeftInset();
        double top = snappedTopInset();
        double w = Math.max(0, getWidth() - left - snappedRightInset());
        double h = Math.max(0, getHeight() - top - snappedBottomInset());
        bore.setX(left);
        bore.setY(top);
        bore.setWidth(w);
        bore.setHeight(h);
        empty.resizeRelocate(left + 8, top + h - empty.prefHeight(-1) - 8, Math.max(0, w - 16), empty.prefHeight(-1));
        List<javafx.scene.Node> kids = getChildren().subList(2, getChildren().size());
        int n = kids.size() / 2;
        if (n == 0) {
            return;
        }
        double total = 0;
        for (int i = 0; i < n; i++) {
            total += ((LayerStack.Layer) kids.get(2 * i + 1).getUserData()).massMg();
        }
        double minH = ((Label) kids.get(1)).prefHeight(w) + 6;
        double usable = Math.max(h * 0.95, n * minH);
        double y = top + h;
        for (int i = 0; i < n; i++) {
            Rectangle r = (Rectangle) kids.get(2 * i);
            Label l = (Label) kids.get(2 * i + 1);
            double mass = ((LayerStack.Layer) l.getUserData()).massMg();
            double share = total > 0 ? mass / total : 1.0 / n;
            double lh = Math.max(minH, Math.min(usable * share, (h * 0.95) - (n - 1) * minH));
            y -= lh;
            r.setX(left + 3);
            r.setY(y);
            r.setWidth(Math.max(0, w - 6));
            r.setHeight(Math.max(0, lh - 2));
            l.resizeRelocate(left + 8, y + 2, Math.max(0, w - 16), Math.max(0, lh - 6));
        }
    }

    public ObjectProperty<LayerStack> stackProperty() {
        return stack;
    }

    public LayerStack getStack() {
        return stack.get();
    }

    public void setStack(LayerStack value) {
        stack.set(value);
    }
}
