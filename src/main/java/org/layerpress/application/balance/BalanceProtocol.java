package org.layerpress.application.balance;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** The command set the station speaks with its balance ({@code --balance-protocol}, docs/balance.md). */
public enum BalanceProtocol {
    /** Mettler Toledo Standard Interface Command Set, levels 0 and 1. */
    MT_SICS("mt-sics"),
    /** Sartorius Balance Interface: ESC commands, 16- or 22-character print lines. */
    SBI("sbi");

    private final String option;

    BalanceProtocol(String option) {
        this.option = option;
    }

    /** As written in {@code --balance-protocol}. */
    public String option() {
        return option;
    }

    public static BalanceProtocol parse(String written) {
        String w = written.trim().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.option.equals(w)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("--balance-protocol must be one of "
                        + Arrays.stream(values()).map(BalanceProtocol::option).collect(Collectors.joining(", ")) + ", was '" + written + "'"));
    }
}
