package org.layerpress.ui.batch;

import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;
import org.layerpress.domain.batch.MassSource;
import org.layerpress.domain.units.EvidenceNumbers;
import org.layerpress.ui.controls.TapPicker;
import org.layerpress.ui.fx.Words;

/**
 * The balance's words on the load page in the person's language: where a mass came from, and what went
 * wrong asking the balance. The record keeps {@link MassSource#words()} and the balance's own reply in
 * English; the reason a mass was typed is shown as it was picked or written.
 */
final class BalanceWords {

    private BalanceWords() {
    }

    /**
     * "from balance BAL-1, stable, 0.0604 g", "typed (balance offline: …)", or "typed". The balance's serial
     * number and the reading's time are the record's (and the report's), not the operator's: left out here.
     */
    static String source(MassSource source) {
        if (source instanceof MassSource.Weighed w) {
            return Words.format("balance.fromBalance", w.balanceId(), Words.get(w.stable() ? "balance.stable" : "balance.notStable"),
                    Words.decimals(EvidenceNumbers.exact(w.value())), w.unit());
        }
        if (source instanceof MassSource.TypedBalanceOffline t) {
            // A preset shows as its tile did; details written beside it stay as written.
            return Words.format("balance.typedBecause", TapPicker.shown(t.reason()));
        }
        return Words.get("balance.typed");
    }

    /** What the operator reads when the balance gave no usable answer; the technical detail stays as the balance layer wrote it. */
    static String failure(BalanceException e) {
        BalanceFailure f = e.failure();
        String message = e.getMessage() == null ? "" : e.getMessage();
        String detail = message.startsWith(f.words()) ? message.substring(f.words().length()) : "";
        return Words.get("balance.failure." + f.name()) + detail;
    }
}
