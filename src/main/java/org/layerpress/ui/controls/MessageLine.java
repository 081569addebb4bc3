package org.layerpress.ui.controls;

import java.util.Collections;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.text.Text;

/**
 * Shows a screen's {@link Message}: nothing (and no room taken) when there is none; otherwise its
 * words, its glyph, and the amber look ({@code :warning}) for a warning. Every screen's message is
 * one of these, so they all read alike. The screen's layout picks the frame by style class
 * ({@code lp-notice}: a boxed line on the login and batch screens; {@code lp-message}: a plain line
 * under an administration form). Beside a pad, {@link #reservedLinesProperty() reservedLines} keeps
 * the line's room while it is empty, so a message that appears never moves a key under a finger.
 * In FXML: {@code <MessageLine message="${controller.viewModel.message}" reservedLines="2"/>}.
 */
public final class MessageLine extends Label {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final ObjectProperty<Message> message = new SimpleObjectProperty<>(this, "message", Message.NONE);
    private final IntegerProperty reservedLines = new SimpleIntegerProperty(this, "reservedLines", 0);
    private final Region glyph = new Region();

    public MessageLine() {
        getStyleClass().add("lp-message-line");
        glyph.getStyleClass().add("lp-glyph");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        message.addListener((obs, old, now) -> show(now));
        reservedLines.addListener((obs, old, now) -> {
            // The theme keeps a reserved line's outer size the same in every state (lp-reserved).
            getStyleClass().remove("lp-reserved");
            if (now.intValue() > 0) {
                getStyleClass().add("lp-reserved");
            }
            show(message.get());
        });
        show(Message.NONE);
    }

    private void show(Message shown) {
        Message m = shown == null ? Message.NONE : shown;
        setText(m.text());
        setVisible(m.shown());
        setManaged(m.shown() || reservedLines.get() > 0);
        m.glyph().ifPresentOrElse(g -> {
            glyph.getStyleClass().setAll("lp-glyph", g.styleClass());
            setGraphic(glyph);
        }, () -> setGraphic(null));
        pseudoClassStateChanged(WARNING, m.severity().abnormal());
    }

    /** Room for this many lines of text, kept while there is no message (0: no room then). */
    @Override
    protected double computePrefHeight(double width) {
        return Math.max(super.computePrefHeight(width), reservedHeight());
    }

    @Override
    protected double computeMinHeight(double width) {
        return Math.max(super.computeMinHeight(width), reservedHeight());
    }

    private double reservedHeight() {
        int lines = reservedLines.get();
        if (lines <= 0) {
            return 0;
        }
        // Measured as the label measures wrapped text: as one text of that many lines.
        Text probe = new Text(String.join("\n", Collections.nCopies(lines, "Ag")));
        probe.setFont(getFont());
        probe.setLineSpacing(getLineSpacing());
        return snappedTopInset() + snappedBottomInset() + Math.ceil(probe.getLayoutBounds().getHeight());
    }

    public IntegerProperty reservedLinesProperty() {
        return reservedLines;
    }

    public int getReservedLines() {
        return reservedLines.get();
    }

    public void setReservedLines(int value) {
        reservedLines.set(value);
    }

    public ObjectProperty<Message> messageProperty() {
        return message;
    }

    public Message getMessage() {
        return message.get();
    }

    public void setMessage(Message value) {
        message.set(value);
    }
}
