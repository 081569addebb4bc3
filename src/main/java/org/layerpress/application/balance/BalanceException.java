package org.layerpress.application.balance;

import java.util.Objects;

/** A balance call that gave no usable answer; its message is the operator's words, then the detail. */
public final class BalanceException extends RuntimeException {

    private final BalanceFailure failure;

    public BalanceException(BalanceFailure failure, String detail) {
        super(failure.words() + (detail.isEmpty() ? "" : " (" + detail + ")"));
        this.failure = Objects.requireNonNull(failure, "failure");
    }

    public BalanceException(BalanceFailure failure, String detail, Throwable cause) {
        this(failure, detail);
        initCause(cause);
    }

    public BalanceFailure failure() {
        return failure;
    }
}
