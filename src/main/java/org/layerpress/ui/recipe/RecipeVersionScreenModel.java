package org.layerpress.ui.recipe;

import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.layerpress.application.recipes.RecipeServices;
import org.layerpress.application.recipes.RecipeVersion;
import org.layerpress.application.users.Session;
import org.layerpress.ui.controls.Message;
import org.layerpress.ui.controls.ScreenCalls;
import org.layerpress.ui.controls.Severity;
import org.layerpress.ui.fx.UseCaseRunner;

/**
 * What the two screens of one recipe version share (its detail and its editor): the recipe use cases
 * for this session, reading the version by id, the screen's calls with their one message line and
 * busy flag, and the title. Public only because the layouts bind {@code message}, {@code busy} and
 * {@code title} by reflection; the constructor keeps other subclasses out of this package.
 */
public abstract class RecipeVersionScreenModel {

    private final RecipeServices recipes;
    private final Session session;
    private final ScreenCalls calls;
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");

    RecipeVersionScreenModel(RecipeServices recipes, Session session, UseCaseRunner runner) {
        this.recipes = recipes;
        this.session = session;
        this.calls = new ScreenCalls(runner);
    }

    /** The version by id, read in a call; a refusal in words when it is gone. */
    final RecipeVersion readVersion(long versionId) {
        return recipes.queries().version(session, versionId)
                .orElseThrow(() -> new IllegalArgumentException("recipe version " + versionId + " is not there any more"));
    }

    final RecipeServices recipes() {
        return recipes;
    }

    final ScreenCalls calls() {
        return calls;
    }

    final void say(String words, Severity severity) {
        calls.say(words, severity);
    }

    final void setTitle(String words) {
        title.set(words);
    }

    public final Session session() {
        return session;
    }

    public final ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public final String getTitle() {
        return title.get();
    }

    public final ReadOnlyObjectProperty<Message> messageProperty() {
        return calls.messageProperty();
    }

    public final Message getMessage() {
        return calls.getMessage();
    }

    public final ReadOnlyBooleanProperty busyProperty() {
        return calls.busyProperty();
    }

    public final boolean isBusy() {
        return calls.isBusy();
    }
}
