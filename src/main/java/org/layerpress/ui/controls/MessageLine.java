package org.layerpress.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Shows a screen's {@link Message}: nothing (and no room taken) when there is none; otherwise its
 * words, its glyph, and the amber look ({@code :warning}) for a warning. Every screen's message is
 * one of these, so they all read alike. The screen's layout picks the frame by style class
 * ({@code lp-notice}: a boxed line on the login and batch screens; {@code lp-message}: a plain line
 * under an administration form). In FXML: {@code <MessageLine message="${controller.viewModel.message}"/>}.
 */
public final class MessageLine extends Label {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final ObjectProperty<Message> message = new SimpleObjectProperty<>(this, "message", Message.NONE);
    private final Region glyph = new Region();

    public MessageLine() {
        getStyleClass().add("lp-message-line");
        glyph.getStyleClass().add("lp-glyph");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        message.addListener((obs, old, now) -> show(now));
        show(Message.NONE);
    }

    private void show(Message shown) {
        Message m = shown == null ? Message.NONE : shown;
        setText(m.text());
        setVisible(m.shown());
        setManaged(m.shown());
        m.glyph().ifPresentOrElse(g -> {
            glyph.getStyleClass().setAll("lp-glyph", g.styleClass());
            setGraphic(glyph);
        }, () -> setGraphic(null));
        pseudoClassStateChanged(WARNING, m.severity().abnormal());
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
