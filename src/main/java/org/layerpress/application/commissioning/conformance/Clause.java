package org.layerpress.application.commissioning.conformance;

import org.layerpress.application.press.PressLinkException;

/** One clause of the PLC contract's conformance table (docs/plc-interface.md, section 9). */
interface Clause {

    /** The clause's name, exactly as the contract's table writes it. */
    String name();

    /** Checks it against the PLC; leaves the press idle (or says why it could not). */
    ClauseResult check(ConformanceRun run) throws PressLinkException, InterruptedException;
}
