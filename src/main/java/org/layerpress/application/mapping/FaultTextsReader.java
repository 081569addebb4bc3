package org.layerpress.application.mapping;

import java.util.SortedMap;
import java.util.TreeMap;
import org.layerpress.application.files.YamlSection;
import org.layerpress.domain.InputLimits;

/**
 * Reads a mapping's optional {@code faultTexts} section: the PLC's own fault codes 1..65535 with
 * the words the HMI shows for them (the contract's words for codes 1-6 apply where the mapping gives
 * none, docs/plc-interface.md section 5). Its keys are numbers rather than names, which no other part of a
 * mapping has, so it is read apart from the rest.
 */
final class FaultTextsReader {

    private final MappingValues values;

    FaultTextsReader(MappingValues values) {
        this.values = values;
    }

    /** Codes 1..65535 with their words; the contract's words for 1-6 apply where the mapping gives none. */
    SortedMap<Integer, String> read(YamlSection o) {
        SortedMap<Integer, String> texts = new TreeMap<>();
        for (String name : o.names()) {
            int code;
            try {
                code = Integer.parseInt(name.trim());
            } catch (NumberFormatException e) {
                throw values.error(o.keyNode(name), o.key(name), "expected a fault code (a whole number 1..65535), got " + InputLimits.excerpt(name));
            }
            if (code < 1 || code > 65535) {
                throw values.error(o.keyNode(name), o.key(name), "fault code must be 1..65535, got " + code);
            }
            String words = o.text(name, InputLimits.FAULT_TEXT).trim();
            if (words.isEmpty()) {
                throw values.error(o.node(name), o.key(name), "the words for fault " + code + " must not be empty");
            }
            texts.put(code, words);
        }
        return texts;
    }
}
