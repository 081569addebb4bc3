package org.layerpress.ui.controls;

import java.util.Objects;

/** A live number as text (without its unit, which the screen shows beside it), or a stale dash. */
public record Reading(String text, boolean stale) {

    /** What a screen shows where it has no live value. */
    public static final String NO_VALUE = "\u2014";

    public static final Reading STALE = new Reading(NO_VALUE, true);

    public Reading {
        Objects.requireNonNull(text, "text");
    }

    public static Reading live(String text) {
        return new Reading(text, false);
    }
}
