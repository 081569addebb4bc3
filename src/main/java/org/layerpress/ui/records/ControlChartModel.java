package org.layerpress.ui.records;

import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.layerpress.application.review.BatchQuantity;
import org.layerpress.application.review.ControlChartUseCase;
import org.layerpress.chart.IndividualsChart;
import org.layerpress.chart.Scale;
import org.layerpress.chart.Span;
import org.layerpress.ui.fx.Words;

/**
 * One recipe's individuals chart for the screen and the CSV: the points with their batches, the
 * centre line and limits ({@link IndividualsChart}), the sentences that say them in words, the batches
 * left off, and a run of {@value #RUN} or more on one side of the centre (a shift the limits alone miss).
 */
public final class ControlChartModel {

    /** Points in a row on one side of the centre line that are worth a note (the usual run rule). */
    public static final int RUN = 7;
    /** Batches beyond the limits named in words; more are counted (the chart marks each). */
    static final int BEYOND_NAMED = 3;

    private final String recipe;
    private final BatchQuantity quantity;
    private final List<ControlChartUseCase.Point> points;
    private final int withoutValue;
    private final IndividualsChart chart;

    public ControlChartModel(String recipe, BatchQuantity quantity, ControlChartUseCase.Chart data) {
        this.recipe = recipe;
        this.quantity = quantity;
        this.points = data.points();
        this.withoutValue = data.withoutValue();
        this.chart = IndividualsChart.of(points.stream().map(ControlChartUseCase.Point::value).toList());
    }

    public IndividualsChart chart() {
        return chart;
    }

    public List<ControlChartUseCase.Point> points() {
        return points;
    }

    public BatchQuantity quantity() {
        return quantity;
    }

    /** Value axis of the plot: the values and both limits, with a little room above and below. */
    public Span span() {
        return chart.span().withHeadroom(0.08);
    }

    /** Point i's column: the points spread evenly, half a step in from each edge. */
    public Scale x(double left, double width) {
        return Scale.across(new Span(-0.5, Math.max(points.size(), 1) - 0.5), left, width);
    }

    /** The batch nearest a tap at {@code px}, if within {@code reachPx}. */
    public Optional<String> batchNear(Scale x, double px, double reachPx) {
        OptionalInt i = chart.nearest(x, px, reachPx);
        return i.isPresent() ? Optional.of(points.get(i.getAsInt()).batchId()) : Optional.empty();
    }

    /** "Centre 0.0419 mm" (a number in the screen's decimals). */
    public String centreWords() {
        return points.isEmpty() ? "" : Words.format("chart.centre", shown(chart.mean()), quantity.unit());
    }

    /** "Upper limit 0.0856 mm · lower limit -0.0018 mm", or why there are none. */
    public String limitsWords() {
        if (chart.upperLimit().isEmpty()) {
            return points.isEmpty() ? "" : Words.get("chart.noLimits");
        }
        return Words.format("chart.limits", shown(chart.upperLimit().getAsDouble()), shown(chart.lowerLimit().getAsDouble()), quantity.unit());
    }

    /** "1 beyond the limits: B-… (above)", or that none is. */
    public String beyondWords() {
        if (points.isEmpty()) {
            return "";
        }
        List<String> beyond = new ArrayList<>();
        for (int i : chart.outOfControl()) {
            beyond.add(points.get(i).batchId() + " (" + Words.get(chart.side(i) == IndividualsChart.Side.ABOVE ? "chart.above" : "chart.below") + ")");
        }
        if (beyond.isEmpty()) {
            return Words.get("chart.noneBeyond");
        }
        // The newest few by name, the rest counted: the words beside the chart have room for about three ids.
        List<String> named = beyond.size() <= BEYOND_NAMED ? beyond : beyond.subList(beyond.size() - BEYOND_NAMED, beyond.size());
        String list = String.join(", ", named) + (named.size() < beyond.size() ? " " + Words.format("chart.andMore", beyond.size() - named.size()) : "");
        return Words.format("chart.beyond", beyond.size(), list);
    }

    /** "3 batches have no density: not measured", or "". */
    public String missingWords() {
        return withoutValue == 0 ? "" : Words.format("chart.missing." + quantity.name(), withoutValue);
    }

    /** "7 in a row above the centre line: B-… to B-…" for the longest such run, or "". */
    public String runWords() {
        int bestStart = -1;
        int bestLength = 0;
        int start = 0;
        for (int i = 1; i <= points.size(); i++) {
            if (i == points.size() || sideOfCentre(i) != sideOfCentre(start) || sideOfCentre(i) == 0) {
                if (sideOfCentre(start) != 0 && i - start > bestLength) {
                    bestStart = start;
                    bestLength = i - start;
                }
                start = i;
            }
        }
        if (bestLength < RUN) {
            return "";
        }
        return Words.format(sideOfCentre(bestStart) > 0 ? "chart.run.above" : "chart.run.below", bestLength, points.get(bestStart).batchId(),
                points.get(bestStart + bestLength - 1).batchId());
    }

    private int sideOfCentre(int i) {
        return (int) Math.signum(points.get(i).value() - chart.mean());
    }

    /** The chart as CSV (English header, ISO UTC times, '.' decimals, as every export): one row per batch charted. */
    public byte[] csv() {
        StringBuilder out = new StringBuilder("recipe,quantity,batch_id,started_utc,value,unit,centre,lower_limit,upper_limit,beyond\n");
        String lcl = chart.lowerLimit().isPresent() ? plain(chart.lowerLimit().getAsDouble()) : "";
        String ucl = chart.upperLimit().isPresent() ? plain(chart.upperLimit().getAsDouble()) : "";
        for (int i = 0; i < points.size(); i++) {
            ControlChartUseCase.Point p = points.get(i);
            IndividualsChart.Side side = chart.side(i);
            out.append(quoted(recipe)).append(',').append(quantity.name().toLowerCase(java.util.Locale.ROOT)).append(',')
                    .append(quoted(p.batchId())).append(',').append(p.startedAt()).append(',').append(exact(p.value())).append(',')
                    .append(quantity.unit()).append(',').append(plain(chart.mean())).append(',').append(lcl).append(',').append(ucl).append(',')
                    .append(side == IndividualsChart.Side.WITHIN ? "no" : side.name().toLowerCase(java.util.Locale.ROOT)).append('\n');
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** The CSV's file name: recipe and quantity, in characters every stick's file system takes. */
    public String fileName() {
        return ("control-chart-" + recipe + "-" + quantity.name().toLowerCase(java.util.Locale.ROOT)).replaceAll("[^A-Za-z0-9._-]+", "_") + ".csv";
    }

    private static String quoted(String s) {
        return s.contains(",") || s.contains("\"") ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
    }

    /** Four significant digits (limits and centre, which are computed): springback in hundredths of a mm and pressure in hundreds of MPa both keep their detail. */
    static String plain(double v) {
        return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
    }

    /** A recorded value as recorded (shortest text that reads back to the same double). */
    static String exact(double v) {
        return BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }

    static String shown(double v) {
        return Words.decimals(plain(v));
    }
}
