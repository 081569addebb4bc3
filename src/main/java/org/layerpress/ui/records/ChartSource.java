package org.layerpress.ui.records;

import java.util.List;
import org.layerpress.application.review.BatchQuantity;
import org.layerpress.application.review.ControlChartUseCase;

/** What the control chart screen reads for one session: the recipes with completed batches, and one recipe's chart. */
public interface ChartSource {

    /** A station without charts wired: no recipes to choose. */
    ChartSource NONE = new ChartSource() {
        @Override
        public List<String> recipes() {
            return List.of();
        }

        @Override
        public ControlChartUseCase.Chart chart(String recipe, BatchQuantity quantity) {
            return new ControlChartUseCase.Chart(List.of(), 0);
        }
    };

    List<String> recipes() throws Exception;

    ControlChartUseCase.Chart chart(String recipe, BatchQuantity quantity) throws Exception;
}
