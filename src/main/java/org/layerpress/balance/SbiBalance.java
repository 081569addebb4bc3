package org.layerpress.balance;

import java.time.Clock;
import java.util.function.Supplier;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;
import org.layerpress.application.balance.BalancePort;
import org.layerpress.application.balance.BalanceReading;
import org.layerpress.application.balance.BalanceSettings;

/**
 * A Sartorius balance that speaks SBI over TCP or a serial port (docs/balance.md): ESC P asks for a
 * print line, ESC T tares, ESC V zeroes. One command at a time; after a timeout, garbage or a lost
 * connection the line is closed, so a late print is never taken as the answer to the next command.
 * SBI has no serial-number command every model answers, so readings carry an empty serial number
 * and the record says it was not reported (never an invented one).
 */
public final class SbiBalance implements BalancePort {

    static final String PRINT = "\u001bP";
    static final String TARE = "\u001bT";
    static final String ZERO = "\u001bV";

    private final BalanceSettings settings;
    private final Clock clock;
    private LineConnection connection;

    public SbiBalance(BalanceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String balanceId() {
        return settings.balanceId();
    }

    /**
     * SBI's tare sends nothing back, so the tare weight shown is the stable weight read just before
     * ESC T: an unsettled balance is refused before anything is tared. A print follows, because SBI
     * answers in order: when its line arrives the tare is done, and a load put on after that is not
     * tared away.
     */
    @Override
    public synchronized BalanceReading tare() {
        BalanceReading before = stable();
        sendThenAwaitAPrint(TARE);
        return before;
    }

    /** ESC V, then a print so the call returns only once the balance has zeroed. */
    @Override
    public synchronized void zero() {
        sendThenAwaitAPrint(ZERO);
    }

    @Override
    public synchronized BalanceReading stable() {
        SbiReply reply = print();
        if (!reply.stable()) {
            throw new BalanceException(BalanceFailure.NOT_STABLE, "reply to ESC P without a unit: not stable");
        }
        return reading(reply);
    }

    @Override
    public synchronized BalanceReading immediate() {
        return reading(print());
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private void sendThenAwaitAPrint(String command) {
        guarded(() -> {
            connected().send(command);
            return null;
        });
        print();
    }

    private SbiReply print() {
        return guarded(() -> SbiReply.parse(PRINT, connected().exchange(PRINT, settings.replyTimeout())));
    }

    /** Runs one exchange; a failure that may leave a reply in flight closes the line first. */
    private <T> T guarded(Supplier<T> exchange) {
        try {
            return exchange.get();
        } catch (BalanceException e) {
            if (e.failure() == BalanceFailure.TIMEOUT || e.failure() == BalanceFailure.GARBAGE || e.failure() == BalanceFailure.OFFLINE) {
                close();
            }
            throw e;
        }
    }

    private LineConnection connected() {
        if (connection == null) {
            connection = LineConnection.open(settings.link(), settings.replyTimeout());
        }
        return connection;
    }

    private BalanceReading reading(SbiReply reply) {
        return new BalanceReading(reply.value(), reply.unit(), reply.stable(), settings.balanceId(), "", clock.instant());
    }
}
