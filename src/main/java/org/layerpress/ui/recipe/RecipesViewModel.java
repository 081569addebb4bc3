package org.layerpress.ui.recipe;

import java.util.Comparator;
import javafx.beans.property.ReadOnlyObjectProperty;


import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;
import org.layerpress.ui.fx.Words;

/** The recipe list: the newest version of every recipe with its status in words. */
public final class RecipesViewModel {

    private final RecipeServices recipes;
    private final Session session;
    private final ScreenCalls calls;
    private final ObservableList<RecipeRow> rows = FXCollections.observableArrayList();

    public RecipesViewModel(RecipeServices recipes, Session session, UseCaseRunner runner) {
        this.recipes = recipes;
        this.session = session;
        this.calls = new ScreenCalls(runner);
    }

    public void load() {
        calls.call(() -> recipes.queries().latestOfEach(session), list -> {
            rows.setAll(list.stream().map(RecipeRow::of).sorted(Comparator.comparing(RecipeRow::name)).toList());
            if (rows.isEmpty()) {
                say(Words.get("recipe.list.none"), Severity.NORMAL);
            } else {
                say("", Severity.NORMAL);
            }
        }, words -> {
            rows.clear();
            say(words, Severity.WARNING);
        });
    }

    /** The recipe files waiting in the import folder (a USB stick's files copied there), by name. */
    public static java.util.List<String> importChoices(java.nio.file.Path importDir) {
        if (!java.nio.file.Files.isDirectory(importDir)) {
            return java.util.List.of();
        }
        try (java.util.stream.Stream<java.nio.file.Path> files = java.nio.file.Files.list(importDir)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".yaml") || n.endsWith(".yml") || n.endsWith(".json"))
                    .sorted().toList();
        } catch (java.io.IOException e) {
            return java.util.List.of();
        }
    }

    /**
     * Imports one file as a DRAFT through the use case (validated fully; a bad file changes nothing
     * and its file, line and key are shown; one over the size limit is refused unread), then reloads the list.
     */
    public void importFile(java.nio.file.Path file) {
        calls.call(() -> recipes.authoring().importFile(session, file), version -> {
            load();
            say(Words.format("recipe.import.done", version.label(), file.getFileName().toString()), Severity.NORMAL);
        });
    }

    public boolean mayImport() {
        return session.user().has(org.layerpress.domain.user.Permission.AUTHOR_RECIPE);
    }

    private void say(String words, Severity severity) {
        calls.say(words, severity);
    }

    public ObservableList<RecipeRow> rows() {
        return rows;
    }

    public ReadOnlyObjectProperty<Message> messageProperty() {
        return calls.messageProperty();
    }

    public Message getMessage() {
        return calls.getMessage();
    }
}
