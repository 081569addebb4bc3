package org.layerpress.ui.controls;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.layerpress.ui.fx.Words;

/**
 * A pad for codes printed with letters (powder lots such as "LPSCL-LOT-2024-017"), on two
 * {@link KeyGrid}s of glove-sized keys: the letters A–Z with the dash, and the digits with dash, point
 * and slash; a key beside them switches between the two. At most {@value #MAX_CHARS} characters are
 * typed; a code from the scanner ({@link #scanned}) replaces what was typed as it is, since the label is
 * the truth. Ids: {@code txtA}…{@code txtZ}, {@code txt0}…{@code txt9}, {@code txtDash}, {@code txtDot},
 * {@code txtSlash}, {@code txtBack} (one on each page: {@code txtBack}, {@code txtBackDigits}),
 * {@code txtPage}, {@code txtClear}, {@code txtCancel}, {@code txtOk}, {@code txtText}; on a name pad {@code txtSpace} in place of the dash.
 */
public final class TextPad extends StackPane {

    /**
     * What the pad types: a printed code in capitals (lots, the default); a login in lower case; a person's name,
     * where the dash key gives way to a space and each word starts with a capital ("Ada Admin"), so the first
     * Admin can be created on a kiosk without a keyboard.
     */
    public enum Kind { CODE, LOGIN, NAME }

    public static final int MAX_CHARS = 32;
    /** Letters in seven columns, four rows with the dash and backspace: the widest grid that leaves room for the side keys. */
    private static final int LETTER_COLUMNS = 7;

    private final ReadOnlyStringWrapper text = new ReadOnlyStringWrapper(this, "text", "");
    private final ReadOnlyBooleanWrapper letters = new ReadOnlyBooleanWrapper(this, "letters", true);
    private final KeyGrid letterKeys = new KeyGrid("lp-text-pad", "lp-text-key");
    private final KeyGrid digitKeys = new KeyGrid("lp-text-pad", "lp-text-key");
    private final Kind kind;

    public TextPad() {
        this(Kind.CODE);
    }

    public TextPad(Kind kind) {
        this.kind = java.util.Objects.requireNonNull(kind, "kind");
        getStyleClass().add("lp-text-pad-pages");
        for (char c = 'A'; c <= 'Z'; c++) {
            int i = c - 'A';
            char typed = c;
            letterKeys.key("txt" + c, Character.toString(c), i % LETTER_COLUMNS, i / LETTER_COLUMNS, () -> type(typed));
        }
        if (kind == Kind.NAME) {
            letterKeys.key("txtSpace", "\u2423", 5, 3, () -> type(' '));
        } else {
            letterKeys.key("txtDash", "-", 5, 3, () -> type('-'));
        }
        letterKeys.key("txtBack", "\u232B", 6, 3, this::back);

        digitKeys.digits1to9("txt", d -> () -> type((char) ('0' + d)));
        digitKeys.key("txtDashDigits", "-", 3, 0, () -> type('-'));
        digitKeys.key("txtSlash", "/", 3, 1, () -> type('/'));
        digitKeys.key("txtDot", ".", 3, 2, () -> type('.'));
        digitKeys.key("txt0", "0", 0, 3, 3, 1, () -> type('0'));
        digitKeys.key("txtBackDigits", "\u232B", 3, 3, this::back);

        // Both pages take the same place; only one shows, and the hidden one takes no taps.
        digitKeys.visibleProperty().bind(letters.not());
        letterKeys.visibleProperty().bind(letters);
        getChildren().addAll(letterKeys, digitKeys);
    }

    /** The keys of both pages, for measuring. */
    public KeyGrid letterGrid() {
        return letterKeys;
    }

    public KeyGrid digitGrid() {
        return digitKeys;
    }

    /** Appends a character while there is room: capitals for a code, lower case for a login, a name's words capitalised. */
    public void type(char c) {
        String s = text.get();
        if (s.length() < MAX_CHARS) {
            text.set(s + Character.toString(cased(s, c)));
        }
    }

    private char cased(String before, char c) {
        return switch (kind) {
            case CODE -> Character.toUpperCase(c);
            case LOGIN -> Character.toLowerCase(c);
            case NAME -> before.isEmpty() || before.endsWith(" ") || before.endsWith("-") ? Character.toUpperCase(c) : Character.toLowerCase(c);
        };
    }

    public void back() {
        String s = text.get();
        text.set(s.isEmpty() ? s : s.substring(0, s.length() - 1));
    }

    public void clear() {
        text.set("");
    }

    /** A code from the scanner while the pad is open: it replaces what was typed, exactly as the label has it. */
    public void scanned(String code) {
        text.set(code == null ? "" : code.strip());
    }

    /** Shows the letters (true) or the digits. */
    public void showLetters(boolean value) {
        letters.set(value);
    }

    public ReadOnlyBooleanProperty lettersProperty() {
        return letters.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty textProperty() {
        return text.getReadOnlyProperty();
    }

    public String getText() {
        return text.get();
    }

    /**
     * Lays the pad over the screen, starting from {@code initial}: what is typed so far on top, the keys,
     * and beside them the page key (ABC / 123), Clear, Cancel and OK. OK hands the code back (nothing
     * typed: like Cancel). Returns the pad, so the screen can hand it a scan while it is open; it is off
     * the scene once closed.
     */
    public static TextPad showOverlay(StackPane host, String title, String initial, Consumer<String> onOk) {
        return showOverlay(host, title, initial, Kind.CODE, onOk);
    }

    /** As {@link #showOverlay(StackPane, String, String, Consumer)}, typing as {@code kind} says. */
    public static TextPad showOverlay(StackPane host, String title, String initial, Kind kind, Consumer<String> onOk) {
        TextPad pad = new TextPad(kind);
        pad.setId("textPad");
        pad.scanned(initial);
        Label shown = new Label();
        shown.setId("txtText");
        shown.getStyleClass().add("lp-temp-pin-digits");
        shown.setWrapText(true);
        shown.setMaxWidth(Double.MAX_VALUE);
        shown.textProperty().bind(pad.text.map(t -> t.isEmpty() ? "\u2014" : t));

        Button page = sideKey("txtPage", "");
        page.textProperty().bind(pad.letters.map(l -> l ? "123" : "ABC"));
        page.setOnAction(e -> pad.showLetters(!pad.letters.get()));
        Button clear = sideKey("txtClear", Words.get("common.clear"));
        clear.setOnAction(e -> pad.clear());
        Button cancel = sideKey("txtCancel", Words.get("common.cancel"));
        Button ok = sideKey("txtOk", Words.get("common.ok"));
        ok.getStyleClass().add("lp-primary");
        VBox side = new VBox(page, clear, cancel, ok);
        side.getStyleClass().add("lp-text-pad-side");
        javafx.scene.layout.HBox keysAndSide = new javafx.scene.layout.HBox(pad, side);
        keysAndSide.getStyleClass().add("lp-temp-pin-body");
        VBox body = new VBox(shown, keysAndSide);
        body.getStyleClass().add("lp-text-pad-body");
        VBox.setVgrow(keysAndSide, Priority.NEVER);

        Runnable closer = TapPicker.showPanel(host, title, body);
        cancel.setOnAction(e -> closer.run());
        ok.setOnAction(e -> {
            closer.run();
            String code = pad.getText().strip();
            if (!code.isEmpty()) {
                onOk.accept(code);
            }
        });
        return pad;
    }

    private static Button sideKey(String id, String words) {
        Button b = new Button(words);
        b.setId(id);
        b.setFocusTraversable(false);
        b.setMaxWidth(Double.MAX_VALUE);
        return b;
    }
}
