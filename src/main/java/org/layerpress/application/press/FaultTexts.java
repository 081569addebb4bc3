package org.layerpress.application.press;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * Words for the PLC's {@code faultCode}: the contract's for codes 1 to 6 (docs/plc-interface.md,
 * section 5), overridden or extended by the mapping's {@code faultTexts} (a PLC's own codes from 100
 * up). The HMI never shows a bare number: {@link #describe} always says "PLC fault N: words", and
 * for a code nobody described says so.
 */
public final class FaultTexts {

    /** The contract's own codes and their words. */
    public static final SortedMap<Integer, String> CONTRACT = Collections.unmodifiableSortedMap(new TreeMap<>(Map.of(
            1, "Guard door opened during a press cycle",
            2, "E-stop pressed during a press cycle",
            3, "HMI heartbeat lost during a press cycle",
            4, "Over-pressure: force above the press capacity",
            5, "Setpoint out of range: START with a force setpoint at or below 0 or above the press capacity",
            6, "Sensor fault: the load cell and the oil pressure disagree")));

    private static final FaultTexts DEFAULTS = new FaultTexts(Map.of());

    private final SortedMap<Integer, String> words;

    private FaultTexts(Map<Integer, String> mapping) {
        SortedMap<Integer, String> all = new TreeMap<>(CONTRACT);
        all.putAll(mapping);
        this.words = Collections.unmodifiableSortedMap(all);
    }

    /** The contract's words only (a port that has no mapping). */
    public static FaultTexts contractDefaults() {
        return DEFAULTS;
    }

    /** The contract's words with the mapping's on top. */
    public static FaultTexts of(Map<Integer, String> mappingTexts) {
        return mappingTexts.isEmpty() ? DEFAULTS : new FaultTexts(mappingTexts);
    }

    /** The words for a code, if anyone gave some. */
    public Optional<String> words(int code) {
        return Optional.ofNullable(words.get(code));
    }

    /**
     * The code with its words for a person: "PLC fault 1: Guard door opened during a press cycle",
     * "PLC fault 142: no description in the mapping's faultTexts", "no PLC fault" for 0.
     */
    public String describe(int code) {
        if (code == 0) {
            return "no PLC fault";
        }
        return "PLC fault " + code + ": " + words(code).orElse("no description in the mapping's faultTexts");
    }

    /** Every code with words, in order. */
    public SortedMap<Integer, String> all() {
        return words;
    }
}
