package org.layerpress.ui.controls;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.shape.LineTo;
import javafx.scene.shape.MoveTo;
import javafx.scene.shape.PathElement;
import org.layerpress.chart.Polyline;

/** A chart polyline as the elements of a JavaFX {@code Path}: a MoveTo at the start of each run, LineTo after. */
public final class PathShapes {

    private PathShapes() {
    }

    public static List<PathElement> elements(Polyline line) {
        List<PathElement> out = new ArrayList<>(line.vertices());
        for (Polyline.Run run : line.runs()) {
            out.add(new MoveTo(run.xs()[0], run.ys()[0]));
            for (int i = 1; i < run.size(); i++) {
                out.add(new LineTo(run.xs()[i], run.ys()[i]));
            }
        }
        return out;
    }
}
