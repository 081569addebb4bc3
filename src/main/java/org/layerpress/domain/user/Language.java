package org.layerpress.domain.user;

import java.util.Locale;
import java.util.Optional;

/**
 * A language the station's screens can be shown in, chosen per person at login. Only what a person
 * reads changes: records, exports and audit rows keep English keys, ISO/UTC times and '.' decimals.
 *
 * @param tag the stored and audited code ({@code users.language})
 */
public enum Language {
    ENGLISH("en", "EN", Locale.ENGLISH),
    GERMAN("de", "DE", Locale.GERMANY),
    CHINESE("zh", "中文", Locale.SIMPLIFIED_CHINESE);

    /**
     * The language of a station whose Admin never chose one ({@code station.language} in the settings);
     * the login screen and a person who never chose their own are shown in the station's.
     */
    public static final Language STATION_DEFAULT = ENGLISH;

    private final String tag;
    private final String chip;
    private final Locale locale;

    Language(String tag, String chip, Locale locale) {
        this.tag = tag;
        this.chip = chip;
        this.locale = locale;
    }

    public String tag() {
        return tag;
    }

    /** What its chip on the login screen says, in the language itself, so anyone finds their own. */
    public String chip() {
        return chip;
    }

    /** The locale the screens look words, numbers and dates up in. */
    public Locale locale() {
        return locale;
    }

    /** The language stored as {@code tag}; empty for a tag this version does not know. */
    public static Optional<Language> ofTag(String tag) {
        for (Language l : values()) {
            if (l.tag.equals(tag)) {
                return Optional.of(l);
            }
        }
        return Optional.empty();
    }
}
