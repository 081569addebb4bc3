package org.layerpress.cli;

import java.io.PrintWriter;
import org.layerpress.application.audit.ChainCheck;
import org.layerpress.store.central.CentralAuditCheck;

/** {@code audit verify --central URL --station ID}: one station's audit chain re-checked in the central copy. */
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
        if (check.intact()) {
            out.println("central audit trail of station " + station + " intact (up to the newest row forwarded)");
            return 0;
        }
        out.println("central audit trail of station " + station + " BROKEN at sequence " + check.firstBrokenSequence().orElseThrow()
                + ": " + check.problem());
        return 1;
    }
}
