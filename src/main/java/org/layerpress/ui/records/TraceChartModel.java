package org.layerpress.ui.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.layerpress.chart.Axis;
import org.layerpress.chart.Polyline;
import org.layerpress.chart.Scale;
import org.layerpress.chart.Series;
import org.layerpress.chart.Span;
import org.layerpress.chart.TargetBand;
import org.layerpress.domain.batch.Trace;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.recipe.RecipeStep;

/**
 * What the trace chart draws, as numbers: pellet pressure (MPa) over seconds since the step's first
 * sample, an optional second batch's trace on the same axes, the recipe profile (target line and
 * band), and the visible time window moved by buttons (zoom in/out, pan left/right: no pinch, no
 * drag). Immutable: every button gives a new model. Pixel mapping is here so it is tested without a stage;
 * ranges, ticks, scales and the thinning of a long trace come from the shared chart geometry
 * ({@code org.layerpress.chart}), the same the live trends and the PDF report use.
 */
public final class TraceChartModel {

    /** One sample in chart units. */
    public record Sample(double seconds, double megaPascals) {
    }

    /** A point on the plot area, in pixels from its top-left corner. */
    public record Px(double x, double y) {
    }

    /**
     * The recipe's press profile on the chart's time axis: a ramp from 0 at {@code start} to the
     * target, then the hold; the band is target ± band during the hold.
     */
    public record Profile(double start, double rampSeconds, double holdSeconds, double target, double band) {
        TargetBand targetBand() {
            return new TargetBand(target, band);
        }

        double holdStart() {
            return start + rampSeconds;
        }

        double holdEnd() {
            return holdStart() + holdSeconds;
        }
    }

    /** The band is never drawn thinner than this (centred on the target): the legend promises a band, so it must show. */
    static final double MIN_BAND_PIXELS = 4;

    /** The narrowest window: 2 s still shows a ramp's shape at 10 Hz. */
    static final double MIN_WINDOW_SECONDS = 2;

    private final List<Sample> main;
    private final List<Sample> compare;
    private final Optional<Profile> profile;
    private final double extent;
    private final double windowStart;
    private final double windowWidth;

    private TraceChartModel(List<Sample> main, List<Sample> compare, Optional<Profile> profile, double windowStart, double windowWidth) {
        this.main = List.copyOf(main);
        this.compare = List.copyOf(compare);
        this.profile = profile;
        this.extent = Math.max(MIN_WINDOW_SECONDS, Math.max(last(main), Math.max(last(compare), profile.map(Profile::holdEnd).orElse(0.0))));
        double w = Math.min(extent, Math.max(MIN_WINDOW_SECONDS, windowWidth));
        this.windowWidth = w;
        this.windowStart = Math.max(0, Math.min(extent - w, windowStart));
    }

    /** The whole trace of a press step against its recipe step. */
    public static TraceChartModel of(Trace trace, RecipeStep.Press step) {
        List<Sample> samples = samples(trace);
        return new TraceChartModel(samples, List.of(), Optional.of(profile(samples, step)), 0, Double.MAX_VALUE);
    }

    /** The whole vessel pressure trace of a PRESSURISE against its recipe step: the vessel pressure is the pellet's, no die. */
    public static TraceChartModel ofVessel(List<VesselPoint> trace, RecipeStep.Pressurise step) {
        List<Sample> samples = vesselSamples(trace);
        return new TraceChartModel(samples, List.of(), Optional.of(profile(samples, step.target().megaPascals(), step.band().megaPascals(),
                step.rate().megaPascalsPerSecond(), step.hold())), 0, Double.MAX_VALUE);
    }

    /** Vessel pressure over seconds since the first sample (PLC source times). */
    public static List<Sample> vesselSamples(List<VesselPoint> trace) {
        if (trace.isEmpty()) {
            return List.of();
        }
        java.time.Instant first = trace.get(0).sourceTime();
        return trace.stream().map(p -> new Sample(java.time.Duration.between(first, p.sourceTime()).toNanos() / 1e9, p.pressureMegaPascals())).toList();
    }

    /** Pellet pressure in the trace's die over seconds since its first sample ({@link Trace#samples}). */
    public static List<Sample> samples(Trace trace) {
        return trace.samples().stream().map(s -> new Sample(s.seconds(), s.pressureMegaPascals())).toList();
    }

    /**
     * Lines the profile up with the trace: the ramp ends where the trace first enters the band, so a
     * slow approach of the ram (no force yet) does not shift the whole profile off the trace.
     */
    static Profile profile(List<Sample> samples, RecipeStep.Press step) {
        return profile(samples, step.target().megaPascals(), step.band().megaPascals(), step.ramp().megaPascalsPerSecond(), step.hold());
    }

    private static Profile profile(List<Sample> samples, double target, double band, double rate, java.time.Duration holdTime) {
        double ramp = rate > 0 ? target / rate : 0;
        double hold = holdTime.toNanos() / 1e9;
        double reached = samples.stream().filter(s -> s.megaPascals() >= target - band).mapToDouble(Sample::seconds).findFirst().orElse(ramp);
        return new Profile(Math.max(0, reached - ramp), ramp, hold, target, band);
    }

    /** The same chart with a second trace (e.g. a golden batch of the same recipe), whole extent shown again. */
    public TraceChartModel withCompare(List<Sample> other) {
        return new TraceChartModel(main, other, profile, 0, Double.MAX_VALUE);
    }

    public TraceChartModel withoutCompare() {
        return new TraceChartModel(main, List.of(), profile, 0, Double.MAX_VALUE);
    }

    /** Half the window, around its centre. */
    public TraceChartModel zoomIn() {
        double w = Math.max(MIN_WINDOW_SECONDS, windowWidth / 2);
        return new TraceChartModel(main, compare, profile, windowStart + (windowWidth - w) / 2, w);
    }

    /** Twice the window, around its centre, at most everything. */
    public TraceChartModel zoomOut() {
        double w = Math.min(extent, windowWidth * 2);
        return new TraceChartModel(main, compare, profile, windowStart - (w - windowWidth) / 2, w);
    }

    /** Half a window earlier. */
    public TraceChartModel panLeft() {
        return new TraceChartModel(main, compare, profile, windowStart - windowWidth / 2, windowWidth);
    }

    /** Half a window later. */
    public TraceChartModel panRight() {
        return new TraceChartModel(main, compare, profile, windowStart + windowWidth / 2, windowWidth);
    }

    public boolean canZoomIn() {
        return windowWidth > MIN_WINDOW_SECONDS + 1e-9;
    }

    public boolean canZoomOut() {
        return windowWidth < extent - 1e-9;
    }

    public boolean canPanLeft() {
        return windowStart > 1e-9;
    }

    public boolean canPanRight() {
        return windowStart + windowWidth < extent - 1e-9;
    }

    public double windowStart() {
        return windowStart;
    }

    public double windowEnd() {
        return windowStart + windowWidth;
    }

    public double extent() {
        return extent;
    }

    public List<Sample> main() {
        return main;
    }

    public List<Sample> compare() {
        return compare;
    }

    public boolean comparing() {
        return !compare.isEmpty();
    }

    public Optional<Profile> profile() {
        return profile;
    }

    /** The pressure axis as {@code {lo, hi}} in MPa ({@link #pressureSpan}). */
    public double[] pressureRange() {
        Span s = pressureSpan();
        return new double[] {s.lo(), s.hi()};
    }

    /**
     * The pressure axis: from 0 when the whole trace shows; zoomed in, fitted to what is visible and
     * the band, so the hold's few MPa of decay become readable.
     */
    public Span pressureSpan() {
        double lo = Double.MAX_VALUE;
        double hi = 0;
        for (List<Sample> s : List.of(main, compare)) {
            for (Sample p : visible(s)) {
                lo = Math.min(lo, p.megaPascals());
                hi = Math.max(hi, p.megaPascals());
            }
        }
        if (profile.isPresent() && profile.get().holdEnd() >= windowStart && profile.get().holdStart() <= windowEnd()) {
            lo = Math.min(lo, profile.get().targetBand().low());
            hi = Math.max(hi, profile.get().targetBand().high());
        }
        if (hi <= 0) {
            return Span.zeroTo(1);
        }
        if (!canZoomOut() || lo == Double.MAX_VALUE) {
            return Span.zeroTo(hi).withHeadroom(0.1);
        }
        double margin = Math.max(1, (hi - lo) * 0.15);
        return new Span(Math.max(0, lo - margin), hi + margin);
    }

    /** The visible time window, seconds. */
    public Span window() {
        return new Span(windowStart, windowEnd());
    }

    /** About four round pressure ticks. */
    public Axis pressureAxis() {
        return Axis.fitted(pressureSpan(), 4);
    }

    /** About six round time ticks. */
    public Axis timeAxis() {
        return Axis.fitted(window(), 6);
    }

    /** The samples inside the window, plus one either side so lines run to the edges. */
    public List<Sample> visible(List<Sample> samples) {
        int from = 0;
        while (from < samples.size() && samples.get(from).seconds() < windowStart) {
            from++;
        }
        int to = from;
        while (to < samples.size() && samples.get(to).seconds() <= windowEnd()) {
            to++;
        }
        return samples.subList(Math.max(0, from - 1), Math.min(samples.size(), to + 1));
    }

    public double x(double seconds, double width) {
        return xScale(width).px(seconds);
    }

    public double y(double megaPascals, double height) {
        return yScale(height).px(megaPascals);
    }

    private Scale xScale(double width) {
        return Scale.across(window(), 0, width);
    }

    private Scale yScale(double height) {
        return Scale.upScreen(pressureSpan(), 0, height);
    }

    /** A trace's visible samples as a line on a plot of this size, thinned to one column per pixel. */
    public List<Px> line(List<Sample> samples, double width, double height) {
        Polyline line = Polyline.of(Series.of(visible(samples), Sample::seconds, Sample::megaPascals), xScale(width), yScale(height));
        List<Px> out = new ArrayList<>(line.vertices());
        for (Polyline.Run run : line.runs()) {
            for (int i = 0; i < run.size(); i++) {
                out.add(new Px(run.xs()[i], run.ys()[i]));
            }
        }
        return out;
    }

    /** The recipe's target: 0 at the ramp's start, up to the target, flat to the hold's end. */
    public List<Px> targetLine(double width, double height) {
        if (profile.isEmpty()) {
            return List.of();
        }
        Profile p = profile.get();
        Scale x = xScale(width);
        Scale y = yScale(height);
        double row = p.targetBand().targetRow(y);
        return List.of(new Px(x.px(p.start()), y.px(0)), new Px(x.px(p.holdStart()), row), new Px(x.px(p.holdEnd()), row));
    }

    /** The band during the hold, on a plot of this size. */
    public Optional<TargetBand.Rect> band(double width, double height) {
        return profile.map(p -> p.targetBand().band(xScale(width), p.holdStart(), p.holdEnd(), yScale(height), MIN_BAND_PIXELS));
    }

    /** The band during the hold as a closed polygon: upper edge left to right, lower edge back. */
    public List<Px> bandPolygon(double width, double height) {
        return band(width, height).map(r -> List.of(new Px(r.x(), r.y()), new Px(r.x() + r.width(), r.y()),
                new Px(r.x() + r.width(), r.y() + r.height()), new Px(r.x(), r.y() + r.height()))).orElse(List.of());
    }

    /** Round tick values for an axis from {@code lo} to {@code hi}, about {@code count} of them (the chart's rule, {@link Axis#fitted}). */
    public static List<Double> ticks(double lo, double hi, int count) {
        return Axis.fitted(new Span(lo, hi), count).ticks();
    }

    private static double last(List<Sample> s) {
        return s.isEmpty() ? 0 : s.get(s.size() - 1).seconds();
    }
}
