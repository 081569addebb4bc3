package org.layerpress.ui.controls;

import javafx.animation.Interpolator;
import javafx.animation.PauseTransition;
import javafx.animation.KeyFrame;
import javafx.animation.KeyValue;
import javafx.animation.Timeline;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.css.PseudoClass;
import javafx.event.ActionEvent;
import javafx.event.EventHandler;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;
import org.layerpress.ui.fx.Words;

/**
 * Hold-to-confirm for dangerous or irreversible actions (docs/architecture.md#look-and-feel): press and keep
 * pressing for {@link #holdSecondsProperty() holdSeconds} (1.5 s) while a fill grows across the
 * button; letting go, or sliding off, before it is full cancels. It fires {@code onConfirmed} once per
 * press. A touch arrives as a mouse press, so one handler serves both. A tap let go before the fill
 * is full is a person who did not know to hold: the button's own face then says "Hold for 1.5 s to
 * {@code action}" for {@link #HINT_SHOWN}, in place of its text (no other line on the screen moves).
 * In FXML: {@code <HoldButton text="Hold to disable" action="disable" onConfirmed="#disable"/>}.
 */
public final class HoldButton extends StackPane {

    private static final PseudoClass HOLDING = PseudoClass.getPseudoClass("holding");
    private static final PseudoClass CONFIRMED = PseudoClass.getPseudoClass("confirmed");
    /** How long the hint after a short tap stays on the button's face. */
    public static final Duration HINT_SHOWN = Duration.seconds(3);

    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final DoubleProperty holdSeconds = new SimpleDoubleProperty(this, "holdSeconds", 1.5);
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(this, "progress", 0);
    private final StringProperty action = new SimpleStringProperty(this, "action", "");
    private final ReadOnlyStringWrapper hint = new ReadOnlyStringWrapper(this, "hint", "");
    private final PauseTransition hintTimer = new PauseTransition(HINT_SHOWN);
    private final ObjectProperty<EventHandler<ActionEvent>> onConfirmed = new SimpleObjectProperty<>(this, "onConfirmed");
    private final Region fill = new Region();
    private Timeline timeline;
    private boolean pressed;
    private boolean firedThisPress;

    public HoldButton() {
        this("");
    }

    public HoldButton(String text) {
        this.text.set(text);
        getStyleClass().add("lp-hold-button");
        fill.getStyleClass().add("lp-hold-fill");
        fill.setManaged(false);
        fill.setMouseTransparent(true);
        Label label = new Label();
        label.getStyleClass().add("lp-hold-text");
        label.textProperty().bind(hint.flatMap(h -> h.isEmpty() ? this.text : hint));
        hintTimer.setOnFinished(e -> hint.set(""));
        label.setMouseTransparent(true);
        label.setWrapText(true);
        StackPane.setAlignment(label, Pos.CENTER);
        getChildren().addAll(fill, label);
        // The fill never paints outside the rounded face.
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        clip.setArcWidth(14);
        clip.setArcHeight(14);
        setClip(clip);
        progress.addListener((obs, was, now) -> requestLayout());

        addEventHandler(MouseEvent.MOUSE_PRESSED, e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                begin();
            }
        });
        addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            if (pressed && !firedThisPress) {
                showHint();
            }
            cancel();
        });
        addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            if (!contains(e.getX(), e.getY())) {
                cancel();
            }
        });
        disabledProperty().addListener((obs, was, now) -> {
            if (now) {
                cancel();
            }
        });
    }

    @Override
    protected void layoutChildren() {
        super.layoutChildren();
        fill.resizeRelocate(0, 0, getWidth() * progress.get(), getHeight());
    }

    private void begin() {
        if (pressed || isDisabled()) {
            return;
        }
        pressed = true;
        firedThisPress = false;
        hintTimer.stop();
        hint.set("");
        pseudoClassStateChanged(HOLDING, true);
        pseudoClassStateChanged(CONFIRMED, false);
        timeline = new Timeline(
                new KeyFrame(Duration.ZERO, new KeyValue(progress, 0)),
                new KeyFrame(Duration.seconds(Math.max(0.1, holdSeconds.get())), new KeyValue(progress, 1, Interpolator.LINEAR)));
        timeline.setOnFinished(e -> confirm());
        timeline.play();
    }

    private void confirm() {
        if (!pressed || firedThisPress) {
            return;
        }
        firedThisPress = true;
        pseudoClassStateChanged(CONFIRMED, true);
        EventHandler<ActionEvent> handler = onConfirmed.get();
        if (handler != null) {
            handler.handle(new ActionEvent(this, this));
        }
    }

    /** Letting go: before the fill is full this cancels; after, it only resets for the next press. */
    private void cancel() {
        if (timeline != null) {
            timeline.stop();
            timeline = null;
        }
        pressed = false;
        progress.set(0);
        pseudoClassStateChanged(HOLDING, false);
        pseudoClassStateChanged(CONFIRMED, false);
    }

    private void showHint() {
        String secs = Words.decimals(DisplayNumbers.plain(holdSeconds.get()));
        String what = action.get() == null ? "" : action.get().strip();
        // The whole sentence is one pattern, so each language puts the action where it belongs.
        hint.set(what.isEmpty() ? Words.format("hold.hint", secs) : Words.format("hold.hintTo", secs, what));
        hintTimer.playFromStart();
    }

    /** What a full hold does, in a word or two ("start", "abort"): the short-tap hint names it. */
    public StringProperty actionProperty() {
        return action;
    }

    public String getAction() {
        return action.get();
    }

    public void setAction(String value) {
        action.set(value);
    }

    /** The hint on the face after a short tap; empty otherwise. */
    public ReadOnlyStringProperty hintProperty() {
        return hint.getReadOnlyProperty();
    }

    public String getHint() {
        return hint.get();
    }

    public StringProperty textProperty() {
        return text;
    }

    public String getText() {
        return text.get();
    }

    public void setText(String value) {
        text.set(value);
    }

    /** How long to hold, in seconds (1.5 by default). */
    public DoubleProperty holdSecondsProperty() {
        return holdSeconds;
    }

    public double getHoldSeconds() {
        return holdSeconds.get();
    }

    public void setHoldSeconds(double value) {
        holdSeconds.set(value);
    }

    /** 0 at rest, rising to 1 while held. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    public double getProgress() {
        return progress.get();
    }

    public ObjectProperty<EventHandler<ActionEvent>> onConfirmedProperty() {
        return onConfirmed;
    }

    public EventHandler<ActionEvent> getOnConfirmed() {
        return onConfirmed.get();
    }

    public void setOnConfirmed(EventHandler<ActionEvent> value) {
        onConfirmed.set(value);
    }
}
