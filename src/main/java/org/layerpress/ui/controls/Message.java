package org.layerpress.ui.controls;

import java.util.Objects;
import java.util.Optional;

/**
 * A sentence for the person at the screen, as a {@link MessageLine} shows it: guidance (plain grey,
 * no glyph: "Enter your PIN, then OK."), an outcome (a check mark: "Roles of olga saved."), or a
 * warning (amber, the warning glyph and the words: never colour alone). {@link #NONE} shows nothing.
 */
public record Message(String text, Kind kind) {

    /** How a message reads; only a warning is abnormal. */
    public enum Kind { GUIDANCE, OUTCOME, WARNING }

    public static final Message NONE = new Message("", Kind.GUIDANCE);

    public Message {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(kind, "kind");
    }

    /** What to do next, or what is going on ("Checking the PIN…"). */
    public static Message info(String text) {
        return new Message(text, Kind.GUIDANCE);
    }

    /** What a person's action did. */
    public static Message outcome(String text) {
        return new Message(text, Kind.OUTCOME);
    }

    /** A refusal or a problem to act on. */
    public static Message warning(String text) {
        return new Message(text, Kind.WARNING);
    }

    /** An outcome, or a warning when the severity is abnormal; nothing for no words. */
    public static Message of(String text, Severity severity) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        return severity != null && severity.abnormal() ? warning(text) : outcome(text);
    }

    public boolean shown() {
        return !text.isBlank();
    }

    /** NORMAL or WARNING, after ISA-101: colour only for the abnormal. */
    public Severity severity() {
        return kind == Kind.WARNING ? Severity.WARNING : Severity.NORMAL;
    }

    /** The shape beside the words: none for guidance. */
    public Optional<Glyph> glyph() {
        return switch (kind) {
            case GUIDANCE -> Optional.empty();
            case OUTCOME -> Optional.of(Glyph.OK);
            case WARNING -> Optional.of(Glyph.WARNING);
        };
    }
}
