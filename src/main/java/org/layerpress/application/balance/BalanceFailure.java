package org.layerpress.application.balance;

/**
 * What can go wrong asking a balance, each with the words the operator reads (the MT-SICS or SBI
 * reply that leads to each is in docs/balance.md).
 */
public enum BalanceFailure {
    OFFLINE("Balance offline: check its cable and power"),
    TIMEOUT("The balance did not answer in time"),
    NOT_STABLE("Not stable yet: wait"),
    OVERLOAD("Balance overloaded: take the load off"),
    UNDERLOAD("Balance underloaded: put the pan back, then zero"),
    SYNTAX_ERROR("The balance did not understand the command (ES)"),
    TRANSMISSION_ERROR("The balance reports a transmission error (ET): try again"),
    LOGICAL_ERROR("The balance cannot do that now (EL)"),
    GARBAGE("The balance sent something unreadable"),
    UNSUPPORTED_UNIT("The balance weighs in a unit the station does not take"),
    /** An SBI balance printed an error code ("Err 54"): its manual says what the number means. */
    DEVICE_ERROR("The balance shows an error code: see its manual");

    private final String words;

    BalanceFailure(String words) {
        this.words = words;
    }

    /** What the operator reads. */
    public String words() {
        return words;
    }
}
