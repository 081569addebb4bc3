package org.layerpress.ui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javafx.css.PseudoClass;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;

/** Every screen's message line: nothing for no message, words and glyph otherwise, amber only for a warning. */
@ExtendWith(ApplicationExtension.class)
class MessageLineTest {

    private static boolean warning(MessageLine line) {
        return line.getPseudoClassStates().contains(PseudoClass.getPseudoClass("warning"));
    }

    @Test
    void noMessageTakesNoRoom() {
        MessageLine line = new MessageLine();
        assertFalse(line.isVisible());
        assertFalse(line.isManaged());
        line.setMessage(Message.of("  ", Severity.WARNING));
        assertFalse(line.isVisible(), "blank words are no message");
    }

    @Test
    void guidanceIsPlainAnOutcomeHasACheckAndAWarningIsAmberWithItsGlyph() {
        MessageLine line = new MessageLine();

        line.setMessage(Message.info("Enter your PIN, then OK."));
        assertTrue(line.isVisible() && line.isManaged());
        assertEquals("Enter your PIN, then OK.", line.getText());
        assertNull(line.getGraphic());
        assertFalse(warning(line));

        line.setMessage(Message.outcome("Roles of olga saved."));
        assertTrue(line.getGraphic().getStyleClass().contains(Glyph.OK.styleClass()));
        assertFalse(warning(line));

        line.setMessage(Message.warning("Not done: give a reason for this change."));
        assertTrue(line.getGraphic().getStyleClass().contains(Glyph.WARNING.styleClass()));
        assertTrue(warning(line), "amber, and never colour alone: the glyph and the words say it too");
        assertEquals(Severity.WARNING, line.getMessage().severity());
    }
}
