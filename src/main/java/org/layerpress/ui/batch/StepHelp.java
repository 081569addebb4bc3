package org.layerpress.ui.batch;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import javafx.scene.control.Button;
import javafx.scene.layout.StackPane;
import org.layerpress.domain.recipe.StepKind;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * The short help of a step kind behind the glove-sized "?" of a step page: what to do and what the values
 * mean. The words are in {@code org/layerpress/ui/batch/step-help.properties} so they can be translated
 * ({@code step-help_<language>.properties}) without touching code.
 */
public record StepHelp(String title, String text) {

    /** The resource bundle's base name. */
    public static final String BUNDLE = "org.layerpress.ui.batch.step-help";
    /** Id of the "?" button on every step page. */
    public static final String BUTTON_ID = "stepHelp";

    // As in Words: no fallback to the JVM's locale, so a German machine still shows an English user English.
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** The help of {@code kind} in the language of whoever is logged in; a kind without words says so rather than failing the page. */
    public static StepHelp of(StepKind kind) {
        return of(kind, Words.locale());
    }

    public static StepHelp of(StepKind kind, Locale locale) {
        ResourceBundle words = ResourceBundle.getBundle(BUNDLE, locale, StepHelp.class.getClassLoader(), CONTROL);
        try {
            return new StepHelp(words.getString(kind.name() + ".title"), words.getString(kind.name() + ".text"));
        } catch (MissingResourceException e) {
            return new StepHelp(StepWords.kind(kind), Words.get("step.helpMissing"));
        }
    }

    /** The "?" button: opens this kind's help as a panel over {@code host}, closed by one tap. */
    static Button button(StepKind kind, StackPane host) {
        Button help = new Button(Words.get("step.help"));
        help.setId(BUTTON_ID);
        help.getStyleClass().add("lp-step-help");
        help.setFocusTraversable(false);
        help.setMaxWidth(Double.MAX_VALUE);
        help.setOnAction(e -> {
            StepHelp h = of(kind);
            TapPicker.inform(host, Words.format("step.helpTitle", h.title()), h.text());
        });
        return help;
    }
}
