package org.layerpress.ui.correct;

import java.util.regex.Pattern;
import org.layerpress.application.review.ValuePhrases;
import org.layerpress.ui.fx.Words;

/**
 * A recorded value as the correction screen shows it: the value's label in the person's language
 * ({@code value.<key>}, e.g. {@code value.mass.mg} "gewogen") and a number in their decimal mark, the
 * value itself as recorded. A key without a bundle entry keeps {@link ValuePhrases}' English words, as
 * the report prints them; what is stored and signed is never this text.
 */
final class ValueWords {

    private static final Pattern NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private ValueWords() {
    }

    static String shown(String field, String value) {
        String phrase = ValuePhrases.value(field, value);
        String label = ValuePhrases.label(field);
        String key = "value." + field;
        String words = Words.get(key);
        if (words.equals(key) || !phrase.startsWith(label)) {
            return phrase;
        }
        String rest = phrase.substring(label.length());
        return words + (NUMBER.matcher(value.strip()).matches() ? Words.decimals(rest) : rest);
    }
}
