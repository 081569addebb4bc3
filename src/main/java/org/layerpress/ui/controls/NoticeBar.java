package org.layerpress.ui.controls;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.css.PseudoClass;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;

/**
 * Shows a {@link Notice}: hidden when there is none; plain grey words for guidance; a warning gets the
 * amber look, the warning glyph and its words (never colour alone). In FXML: {@code <NoticeBar notice="${controller.viewModel.notice}"/>}.
 */
public final class NoticeBar extends Label {

    private static final PseudoClass WARNING = PseudoClass.getPseudoClass("warning");

    private final ObjectProperty<Notice> notice = new SimpleObjectProperty<>(this, "notice", Notice.NONE);
    private final Region glyph = new Region();

    public NoticeBar() {
        getStyleClass().add("lp-notice");
        setWrapText(true);
        setMaxWidth(Double.MAX_VALUE);
        notice.addListener((obs, old, now) -> show(now));
        show(Notice.NONE);
    }

    private void show(Notice shown) {
        Notice n = shown == null ? Notice.NONE : shown;
        setText(n.text());
        setVisible(n.shown());
        setManaged(n.shown());
        boolean abnormal = n.severity().abnormal();
        glyph.getStyleClass().setAll("lp-glyph", Glyph.WARNING.styleClass());
        setGraphic(abnormal ? glyph : null);
        pseudoClassStateChanged(WARNING, abnormal);
    }

    public ObjectProperty<Notice> noticeProperty() {
        return notice;
    }

    public Notice getNotice() {
        return notice.get();
    }

    public void setNotice(Notice value) {
        notice.set(value);
    }
}
