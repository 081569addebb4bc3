package org.layerpress.cli;

import java.io.PrintWriter;
import org.layerpress.application.audit.ChainCheck;
import org.layerpress.store.central.CentralAuditCheck;
import org.layerpress.store.central.CentralSealCheck;

/**
 * {@code audit verify --central URL --station ID}: one station's audit chain re-checked in the central copy, then
 * each of its sealed batches against its seal there (the station's own chain and seal code).
 */
final class CentralVerify {

    private CentralVerify() {
    }

    static int verify(CentralOptions central, String station, PrintWriter out, PrintWriter err) {
        if (station == null || station.isBlank()) {
            err.println("audit verify: --central needs --station ID (the station whose chain to walk)");
            return 2;
        }
        ChainCheck check;
        try {
            check = CentralAuditCheck.verify(central.link().orElseThrow(), station);
        } catch (RuntimeException e) {
            err.println("audit verify: cannot read the central database: " + e.getMessage());
            return 2;
        }
        out.println("station " + station + ": central rows checked: " + check.rowsChecked());
        if (check.rowsChecked() == 0) {
            out.println("no audit rows of station " + station + " in the central database");
            return 1;
        }
        boolean chainIntact = check.intact();
        if (chainIntact) {
            out.println("central audit trail of station " + station + " intact (up to the newest row forwarded)");
        } else {
            out.println("central audit trail of station " + station + " BROKEN at sequence " + check.firstBrokenSequence().orElseThrow()
                    + ": " + check.problem());
        }
        // Checked even when the chain broke: a record row changed centrally is named by its batch's seal, whatever else was found.
        CentralSealCheck.Result seals;
        try {
            seals = CentralSealCheck.verify(central.link().orElseThrow(), station);
        } catch (RuntimeException e) {
            err.println("audit verify: cannot re-check the seals in the central database: " + e.getMessage());
            return 2;
        }
        String running = seals.runningChecked() == 0 ? "" : "; " + seals.runningChecked() + " running batch" + (seals.runningChecked() == 1 ? "" : "es");
        if (seals.intact()) {
            out.println("central seals of station " + station + " intact: " + seals.batchesChecked() + " sealed batches match their rows"
                    + (running.isEmpty() ? "" : running + (seals.runningChecked() == 1 ? " matches its" : " match their")
                    + " newest seal (trace rows since are not sealed yet)"));
        } else {
            out.println("central seals of station " + station + " BROKEN (" + seals.batchesChecked() + " sealed batches checked" + running + "):");
            seals.findings().forEach(f -> out.println("  " + f));
        }
        return chainIntact && seals.intact() ? 0 : 1;
    }
}
