package org.layerpress.application.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.users.AccessDeniedException;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/** One value per completed batch of a recipe, oldest first, from real records on a real H2 file */
class ControlChartUseCaseTest {

    static final Instant T0 = Instant.parse("2026-11-25T10:00:00Z");
    static final double[] SPRINGBACK = {0.040, 0.042, 0.041, 0.043, 0.040, 0.042, 0.041, 0.120, 0.042, 0.040, 0.041, 0.043};

    @TempDir
    Path dir;

    @Test
    void theSpringbackOfEachCompletedBatchIsChartedOldestFirst() {
        try (TestStation station = TestStation.builder(dir).demoUsers().build()) {
            for (int i = 0; i < SPRINGBACK.length; i++) {
                BatchRecordBuilder.bilayer(String.format("B-20261125-%04d", i + 1)).springback(10, SPRINGBACK[i])
                        .startingAt(T0.plus(Duration.ofHours(i))).on(station).complete();
            }
            BatchRecordBuilder.bilayer("B-20261126-0001").startingAt(T0.plus(Duration.ofHours(20))).on(station).abortedAt(7, "powder spilled");
            ControlChartUseCase uc = new ControlChartUseCase(station.services().authorizer(), station.transactions(), station.stores().batchList(),
                    station.stores().batches(), station.stores().recipeFiles());
            String recipe = BatchRecordBuilder.bilayerRecipe().name();

            List<ControlChartUseCase.Point> points = uc.points(station.quinn(), recipe, BatchQuantity.SPRINGBACK, 50);
            assertEquals(SPRINGBACK.length, points.size(), "completed batches only");
            assertEquals("B-20261125-0001", points.get(0).batchId());
            assertEquals(0.040, points.get(0).value(), 1e-6);
            assertEquals(0.120, points.get(7).value(), 1e-6, "the outlier where it was recorded (IndividualsChartTest marks such a point)");

            assertEquals(5, uc.points(station.quinn(), recipe, BatchQuantity.PEAK_PRESSURE, 5).size(), "the newest five");
            assertThrows(AccessDeniedException.class, () -> uc.points(station.olga(), recipe, BatchQuantity.SPRINGBACK, 50));

            ControlChartUseCase.Chart density = uc.chart(station.quinn(), recipe, BatchQuantity.DENSITY, 50);
            assertEquals(List.of(), density.points(), "no batch measured its density");
            assertEquals(SPRINGBACK.length, density.withoutValue(), "each completed batch is counted as left off");
            assertEquals(List.of(recipe), uc.recipes(station.quinn()), "the recipe with completed batches");
            assertThrows(AccessDeniedException.class, () -> uc.recipes(station.olga()));
        }
    }
}
