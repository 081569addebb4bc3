package org.layerpress.ui.records;

import java.util.Objects;
import java.util.Optional;
import org.layerpress.application.review.BatchListFilter;

/**
 * What QA looks for beyond the list's six filters: one batch by its id, the batches of a powder lot,
 * of a die or of a layer material. Each is exact (a scanned or typed code, a value tapped from those
 * that occur in the records); none is free text searched inside other text.
 */
public record FindCriteria(Optional<String> batchId, Optional<String> lot, Optional<String> dieId, Optional<String> material) {

    public static final FindCriteria NONE = new FindCriteria(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    public static final String ANY_DIE = "Any die";
    public static final String ANY_MATERIAL = "Any material";

    public FindCriteria {
        Objects.requireNonNull(batchId, "batchId");
        Objects.requireNonNull(lot, "lot");
        Objects.requireNonNull(dieId, "dieId");
        Objects.requireNonNull(material, "material");
    }

    public FindCriteria withBatchId(String id) {
        return new FindCriteria(code(id), lot, dieId, material);
    }

    public FindCriteria withLot(String code) {
        return new FindCriteria(batchId, code(code), dieId, material);
    }

    public FindCriteria withDie(String die) {
        return new FindCriteria(batchId, lot, ANY_DIE.equals(die) ? Optional.empty() : code(die), material);
    }

    public FindCriteria withMaterial(String m) {
        return new FindCriteria(batchId, lot, dieId, ANY_MATERIAL.equals(m) ? Optional.empty() : code(m));
    }

    /** The list's filter with these criteria. */
    public BatchListFilter applyTo(BatchListFilter f) {
        return f.withFinding(batchId, lot, dieId, material).withPage(f.page());
    }

    /** The Find button's second line: "Lot LPSCl-2611-07", "Die D10-01 · Li6PS5Cl", or "Anything". */
    public String words() {
        StringBuilder s = new StringBuilder();
        batchId.ifPresent(v -> append(s, v));
        lot.ifPresent(v -> append(s, "Lot " + v));
        dieId.ifPresent(v -> append(s, "Die " + v));
        material.ifPresent(v -> append(s, v));
        return s.length() == 0 ? "Batch, lot, die, material" : s.toString();
    }

    public boolean isEmpty() {
        return equals(NONE);
    }

    private static void append(StringBuilder s, String words) {
        if (s.length() > 0) {
            s.append(" · ");
        }
        s.append(words);
    }

    private static Optional<String> code(String value) {
        return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
    }
}
