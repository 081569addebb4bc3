package org.layerpress.application.review;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.batch.BatchStore;
import org.layerpress.application.recipes.RecipeFiles;
import org.layerpress.application.tx.Transactions;
import org.layerpress.application.users.Authorizer;
import org.layerpress.application.users.Session;
import org.layerpress.domain.batch.BatchState;
import org.layerpress.domain.user.Permission;

/**
 * The values a cross-batch control chart plots: one {@link BatchQuantity} per completed batch of a
 * recipe (all its versions), the newest {@code limit} batches, oldest first. Each batch's events are
 * replayed (the list tables hold no measured values), so the limit keeps a chart to a few hundred
 * small reads. Needs {@link Permission#READ_BATCH_RECORDS}, as the list does.
 */
public final class ControlChartUseCase {

    /** One batch on the chart. */
    public record Point(String batchId, Instant startedAt, double value, boolean training) {
    }

    /**
     * The chart's points and how many completed batches in the same window had no value of the quantity
     * (a density never measured, a step without a result), so the screen can say they were left off.
     */
    public record Chart(List<Point> points, int withoutValue) {

        public Chart {
            points = List.copyOf(points);
        }
    }

    public static final int MAX_BATCHES = 200;

    private final Authorizer authorizer;
    private final Transactions tx;
    private final BatchListStore lists;
    private final BatchStore batches;
    private final RecipeFiles files;

    public ControlChartUseCase(Authorizer authorizer, Transactions tx, BatchListStore lists, BatchStore batches, RecipeFiles files) {
        this.authorizer = authorizer;
        this.tx = tx;
        this.lists = lists;
        this.batches = batches;
        this.files = files;
    }

    public List<Point> points(Session session, String recipeName, BatchQuantity quantity, int limit) {
        return chart(session, recipeName, quantity, limit).points();
    }

    /** The newest {@code limit} completed batches of the recipe: those with a value, oldest first, and a count of the rest. */
    public Chart chart(Session session, String recipeName, BatchQuantity quantity, int limit) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "chart batch records");
        if (limit < 1 || limit > MAX_BATCHES) {
            throw new IllegalArgumentException("a chart shows 1.." + MAX_BATCHES + " batches, asked for " + limit);
        }
        return tx.inTransaction(() -> {
            List<Point> newestFirst = new ArrayList<>();
            int without = 0;
            for (BatchListRow row : lists.list(completed(recipeName, limit)).rows()) {
                OptionalDouble v = quantity.of(BatchRun.replay(batches.events(row.batchId()), files));
                if (v.isPresent() && Double.isFinite(v.getAsDouble())) {
                    newestFirst.add(new Point(row.batchId(), row.startedAt(), v.getAsDouble(), row.training()));
                } else {
                    without++;
                }
            }
            List<Point> out = new ArrayList<>(newestFirst);
            java.util.Collections.reverse(out);
            return new Chart(out, without);
        });
    }

    /** The recipes that have at least one completed batch: the only ones a chart can be drawn for. */
    public List<String> recipes(Session session) {
        authorizer.require(session, Permission.READ_BATCH_RECORDS, "chart batch records");
        return tx.inTransaction(() -> lists.recipeNames().stream().filter(name -> !lists.list(completed(name, 1)).rows().isEmpty()).toList());
    }

    private static BatchListFilter completed(String recipeName, int limit) {
        return new BatchListFilter(Optional.empty(), Optional.empty(), Optional.of(recipeName), Optional.empty(),
                Optional.of(BatchState.COMPLETE), Optional.empty(), Optional.empty(), false, 0, limit);
    }
}
