package org.layerpress.balance;

import java.time.Clock;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;
import org.layerpress.application.balance.BalancePort;
import org.layerpress.application.balance.BalanceReading;
import org.layerpress.application.balance.BalanceSettings;

/**
 * A balance that speaks MT-SICS level 0/1 over TCP or a serial port (docs/balance.md). One command at a time
 * (MT-SICS answers in order, and a second command before the first reply would be answered out of
 * turn). The connection opens on first use and after any failure that may leave a reply in flight
 * (timeout, garbage, a lost connection) it is closed, so a late reply is never taken as the answer
 * to the next command. The serial number is asked with I4 once per connection.
 */
public final class MtSicsBalance implements BalancePort {

    private final BalanceSettings settings;
    private final Clock clock;
    private LineConnection connection;
    private String serialNumber = "";

    public MtSicsBalance(BalanceSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public String balanceId() {
        return settings.balanceId();
    }

    @Override
    public synchronized BalanceReading tare() {
        MtSicsReply reply = command("T");
        if (!reply.status().equals("S")) {
            throw statusFailure("T", reply);
        }
        return reading(reply, true);
    }

    @Override
    public synchronized void zero() {
        MtSicsReply reply = command("Z");
        if (!reply.status().equals("A")) {
            throw statusFailure("Z", reply);
        }
    }

    @Override
    public synchronized BalanceReading stable() {
        MtSicsReply reply = command("S");
        if (!reply.status().equals("S")) {
            throw statusFailure("S", reply);
        }
        return reading(reply, true);
    }

    @Override
    public synchronized BalanceReading immediate() {
        MtSicsReply reply = command("SI");
        return switch (reply.status()) {
            case "S" -> reading(reply, true);
            case "D" -> reading(reply, false);
            default -> throw statusFailure("SI", reply);
        };
    }

    @Override
    public synchronized void close() {
        if (connection != null) {
            connection.close();
            connection = null;
        }
    }

    private MtSicsReply command(String command) {
        LineConnection link = connected();
        try {
            String line = link.exchange(command, settings.replyTimeout());
            return MtSicsReply.parse(command, line);
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
            serialNumber = askSerialNumber();
        }
        return connection;
    }

    /** The balance's serial number (I4), or empty when it does not tell (ES, EL): then the record says it was not reported. */
    private String askSerialNumber() {
        try {
            String line = connection.exchange("I4", settings.replyTimeout());
            MtSicsReply reply = MtSicsReply.parse("I4", line);
            return reply.status().equals("A") ? reply.quoted() : "";
        } catch (BalanceException e) {
            if (e.failure() == BalanceFailure.SYNTAX_ERROR || e.failure() == BalanceFailure.LOGICAL_ERROR) {
                return "";
            }
            close();
            throw e;
        }
    }

    private BalanceReading reading(MtSicsReply reply, boolean stable) {
        return new BalanceReading(reply.value(), reply.unit(), stable, settings.balanceId(), serialNumber, clock.instant());
    }

    /** The failure an MT-SICS status stands for: I busy or not settled, + overload, - underload; anything else is garbage. */
    private BalanceException statusFailure(String command, MtSicsReply reply) {
        String detail = "reply to " + command + ": " + reply.command() + " " + reply.status();
        return switch (reply.status()) {
            case "I" -> new BalanceException(BalanceFailure.NOT_STABLE, detail);
            case "+" -> new BalanceException(BalanceFailure.OVERLOAD, detail);
            case "-" -> new BalanceException(BalanceFailure.UNDERLOAD, detail);
            default -> MtSicsReply.garbage(command, reply.line());
        };
    }
}
