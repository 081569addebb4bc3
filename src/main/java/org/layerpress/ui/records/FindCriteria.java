package org.layerpress.ui.records;

import java.util.Objects;
import java.util.Optional;
import org.layerpress.application.review.BatchListFilter;
import org.layerpress.ui.fx.Words;

/**
 * What QA looks for beyond the list's six filters: one batch by its id, the batches of a powder lot,
 * of a die or of a layer material. Each is exact (a scanned or typed code, a value tapped from those
 * that occur in the records); none is free text searched inside other text.
 */
public record FindCriteria(Optional<String> batchId, Optional<String> lot, Optional<String> dieId, Optional<String> material) {

    public static final FindCriteria NONE = new FindCriteria(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    /** The "any" choices of the die and material pickers, in the person's language. */
    public static String anyDie() {
        return Words.get("records.find.anyDie");
    }

    public static String anyMaterial() {
        return Words.get("records.find.anyMaterial");
    }

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
        return new FindCriteria(batchId, lot, anyDie().equals(die) ? Optional.empty() : code(die), material);
    }

    public FindCriteria withMaterial(String m) {
        return new FindCriteria(batchId, lot, dieId, anyMaterial().equals(m) ? Optional.empty() : code(m));
    }

    /** The list's filter with these criteria. */
    public BatchListFilter applyTo(BatchListFilter f) {
        return f.withFinding(batchId, lot, dieId, material).withPage(f.page());
    }

    /**
     * The Find button's two lines: what is looked for ("Lot" when a lot alone, "Find" for several or
     * none), then the values ("LPSCl-2611-07", "D10-01 · Li6PS5Cl", or what may be looked for).
     */
    public String words() {
        StringBuilder s = new StringBuilder();
        batchId.ifPresent(v -> append(s, v));
        lot.ifPresent(v -> append(s, v));
        dieId.ifPresent(v -> append(s, v));
        material.ifPresent(v -> append(s, v));
        long set = java.util.stream.Stream.of(batchId, lot, dieId, material).filter(Optional::isPresent).count();
        String what = set != 1 ? "find" : batchId.isPresent() ? "batch" : lot.isPresent() ? "lot" : dieId.isPresent() ? "die" : "material";
        return Words.get("records.find." + what) + "\n" + (s.length() == 0 ? Words.get("records.find.what") : s);
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
