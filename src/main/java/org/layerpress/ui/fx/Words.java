package org.layerpress.ui.fx;

import java.text.MessageFormat;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.ResourceBundle;

/**
 * The words on the screens, in the language of whoever is logged in: the one place views and view
 * models look a text up ({@link #get}, {@link #format}) and the bundle every FXML is loaded with
 * ({@code %key} in a layout, {@link Layouts}). The bundles are {@code org/layerpress/ui/messages*.properties}
 * (English in the base file, UTF-8). The language is the station's, not a thread's: the kiosk has one
 * person at a time, and the navigator switches it at login and back to the station default at logout.
 *
 * <p>Only what a person reads is translated. Records, exports and audit rows keep English keys, ISO
 * times and '.' decimals whatever is set here, so nothing outside {@code ui} may use this class.
 */
public final class Words {

    /** Where the bundles sit on the classpath. */
    public static final String BUNDLE = "org.layerpress.ui.messages";
    /** The station default until someone with another language logs in. */
    public static final Locale STATION_DEFAULT = Locale.ENGLISH;

    // No fallback to the JVM's default locale: a German machine must still show an English user English.
    private static final ResourceBundle.Control CONTROL = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile Locale locale = STATION_DEFAULT;

    private Words() {
    }

    /** The language of the screens from now on; the screens built next use it. */
    public static void use(Locale language) {
        locale = Objects.requireNonNull(language, "language");
    }

    public static Locale locale() {
        return locale;
    }

    /** The bundle of the current language (English under it for any key it lacks). */
    public static ResourceBundle bundle() {
        return bundle(locale);
    }

    public static ResourceBundle bundle(Locale language) {
        return ResourceBundle.getBundle(BUNDLE, language, Words.class.getClassLoader(), CONTROL);
    }

    /** The text for {@code key}; a key no bundle has shows itself, so a gap is seen, never a blank. */
    public static String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
    }

    /** The text for {@code key} with {@code {0}}, {@code {1}} … filled in (numbers in the current locale). */
    public static String format(String key, Object... args) {
        return new MessageFormat(get(key), locale).format(args);
    }

    /**
     * A number as text already made by the screens' number rules ({@code DisplayNumbers}, always with '.'),
     * in the current locale's decimal mark: "28.35" reads "28,35" in German. The record's text is never
     * passed through here.
     */
    public static String decimals(String dotted) {
        char mark = NumberFormat.getInstance(locale) instanceof java.text.DecimalFormat d
                ? d.getDecimalFormatSymbols().getDecimalSeparator() : '.';
        return mark == '.' || dotted == null ? dotted : dotted.replace('.', mark);
    }

    /**
     * A date for the screen as the person's language writes it ({@code format.date}: 2026-11-20 in English and
     * Chinese, 20.11.2026 in German). The record, the files and what is signed keep ISO.
     */
    public static String date(LocalDate day) {
        return DateTimeFormatter.ofPattern(get("format.date"), Locale.ROOT).format(day);
    }

    /** A date and time to the minute for the screen ({@code format.dateTime}: 2026-11-20 14:05, 20.11.2026 14:05). */
    public static String dateTime(ZonedDateTime when) {
        return DateTimeFormatter.ofPattern(get("format.dateTime"), Locale.ROOT).format(when);
    }

    /** A day and month with the time to the second, for rows that name the year elsewhere ({@code format.dayTime}). */
    public static String dayTime(ZonedDateTime when) {
        return DateTimeFormatter.ofPattern(get("format.dayTime"), Locale.ROOT).format(when);
    }
}
