package org.layerpress.ui.records;

import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.layerpress.application.review.BatchQuantity;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/**
 * The control chart screen's state: the recipe and quantity tapped, the chart read for them on a
 * worker, its sentences, and the CSV export to a place the person picks. Tested without a stage on
 * the inline runner.
 */
public final class ControlChartViewModel {

    private final ChartSource charts;
    private final Exporter exporter;
    private final UseCaseRunner runner;
    private final boolean mayExport;
    private final StringProperty recipe = new SimpleStringProperty(this, "recipe", "");
    private final ObjectProperty<BatchQuantity> quantity = new SimpleObjectProperty<>(this, "quantity", BatchQuantity.PEAK_PRESSURE);
    private final ObjectProperty<ControlChartModel> model = new SimpleObjectProperty<>(this, "model");
    private final ObjectProperty<Message> message = new SimpleObjectProperty<>(this, "message", Message.info(Words.get("chart.pickRecipe")));

    /** @param mayExport whether the person may take records off the station (QA); the use case checks again */
    public ControlChartViewModel(ChartSource charts, Exporter exporter, UseCaseRunner runner, boolean mayExport) {
        this.mayExport = mayExport;
        this.charts = charts;
        this.exporter = exporter;
        this.runner = runner;
    }

    /** Reads the recipes that have completed batches and hands them to {@code choose} (a tap picker). */
    public void recipeChoices(Consumer<List<String>> choose) {
        runner.run(charts::recipes, names -> {
            if (names.isEmpty()) {
                message.set(Message.warning(Words.get("chart.noRecipes")));
            } else {
                choose.accept(names);
            }
        }, this::refused);
    }

    public void selectRecipe(String name) {
        recipe.set(name);
        load();
    }

    /** The quantities in the person's words, in the order of {@link BatchQuantity}. */
    public List<String> quantityChoices() {
        return Arrays.stream(BatchQuantity.values()).map(ControlChartViewModel::words).toList();
    }

    public void selectQuantity(String words) {
        for (BatchQuantity q : BatchQuantity.values()) {
            if (words(q).equals(words)) {
                quantity.set(q);
            }
        }
        load();
    }

    public static String words(BatchQuantity q) {
        return Words.get("chart.quantity." + q.name());
    }

    /** Reads the chart for the recipe and quantity chosen (nothing before a recipe is). */
    public void load() {
        String name = recipe.get();
        BatchQuantity q = quantity.get();
        if (name.isEmpty()) {
            return;
        }
        message.set(Message.info(Words.get("chart.reading")));
        runner.run(() -> new ControlChartModel(name, q, charts.chart(name, q)), m -> {
            model.set(m);
            message.set(m.points().isEmpty() ? Message.warning(Words.format("chart.noValues", words(q)))
                    : Message.info(Words.format("chart.shown", m.points().size())));
        }, this::refused);
    }

    /** Exports the chart's CSV: at once to the only place, or after the person taps one of those {@code choose} is handed. */
    public void export(Consumer<List<String>> choose) {
        if (model.get() == null || model.get().points().isEmpty()) {
            message.set(Message.warning(Words.get("chart.nothingToExport")));
            return;
        }
        runner.run(exporter::places, places -> {
            if (places.size() > 1) {
                choose.accept(places);
            } else {
                exportTo(places.isEmpty() ? "" : places.get(0));
            }
        }, this::refused);
    }

    public void exportTo(String place) {
        ControlChartModel m = model.get();
        runner.run(() -> exporter.exportFile(m.fileName(), m.csv(), place),
                words -> message.set(Exporter.notWritten(words) ? Message.warning(words) : Message.outcome(words)), this::refused);
    }

    private void refused(String words) {
        message.set(Message.warning(words));
    }

    public boolean mayExport() {
        return mayExport;
    }

    public ReadOnlyStringProperty recipeProperty() {
        return recipe;
    }

    public String getRecipe() {
        return recipe.get();
    }

    public ReadOnlyObjectProperty<BatchQuantity> quantityProperty() {
        return quantity;
    }

    public ReadOnlyObjectProperty<ControlChartModel> modelProperty() {
        return model;
    }

    public ControlChartModel getModel() {
        return model.get();
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return message;
    }

    public Message getMessage() {
        return message.get();
    }
}
