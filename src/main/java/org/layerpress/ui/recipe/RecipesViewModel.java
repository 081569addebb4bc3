package org.layerpress.ui.recipe;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.users.Session;
import org.layerpress.ui.Severity;
import org.layerpress.ui.UseCaseRunner;

/** The recipe list: the newest version of every recipe with its status in words. */
public final class RecipesViewModel {

    private final RecipeServices recipes;
    private final Session session;
    private final UseCaseRunner runner;
    private final ObservableList<RecipeRow> rows = FXCollections.observableArrayList();
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyObjectWrapper<Severity> messageSeverity = new ReadOnlyObjectWrapper<>(this, "messageSeverity", Severity.NORMAL);

    public RecipesViewModel(RecipeServices recipes, Session session, UseCaseRunner runner) {
        this.recipes = recipes;
        this.session = session;
        this.runner = runner;
    }

    public void load() {
        runner.run(() -> recipes.queries().latestOfEach(session), list -> {
            rows.setAll(list.stream().map(RecipeRow::of).sorted(Comparator.comparing(RecipeRow::name)).toList());
            if (rows.isEmpty()) {
                say("No recipes yet. A Supervisor writes one, or imports a recipe file.", Severity.NORMAL);
            } else {
                say("", Severity.NORMAL);
            }
        }, words -> {
            rows.clear();
            say(words, Severity.WARNING);
        });
    }

    private void say(String words, Severity severity) {
        message.set(words);
        messageSeverity.set(severity);
    }

    public ObservableList<RecipeRow> rows() {
        return rows;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public String getMessage() {
        return message.get();
    }

    public ReadOnlyObjectProperty<Severity> messageSeverityProperty() {
        return messageSeverity.getReadOnlyProperty();
    }

    public Severity getMessageSeverity() {
        return messageSeverity.get();
    }
}
