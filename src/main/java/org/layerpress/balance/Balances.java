package org.layerpress.balance;

import java.time.Clock;
import org.layerpress.application.balance.BalancePort;
import org.layerpress.application.balance.BalanceSettings;

/** The adapter for the protocol the settings name. */
public final class Balances {

    private Balances() {
    }

    public static BalancePort open(BalanceSettings settings, Clock clock) {
        return switch (settings.protocol()) {
            case MT_SICS -> new MtSicsBalance(settings, clock);
            case SBI -> new SbiBalance(settings, clock);
        };
    }
}
