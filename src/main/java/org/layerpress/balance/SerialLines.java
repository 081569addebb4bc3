package org.layerpress.balance;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import org.layerpress.application.balance.BalanceException;
import org.layerpress.application.balance.BalanceFailure;
import org.layerpress.application.balance.BalanceLink;

/**
 * Opens a {@link LineConnection} on a serial port of the station (jSerialComm), with the line
 * settings the balance is set to and no handshake. A port that is missing, or held by another
 * program, is the balance being offline: the operator reads which port and why.
 */
final class SerialLines {

    private SerialLines() {
    }

    static LineConnection open(BalanceLink.Serial link) {
        SerialPort port;
        try {
            port = SerialPort.getCommPort(link.device());
        } catch (SerialPortInvalidPortException e) {
            throw offline(link, "no such port", e);
        }
        port.setComPortParameters(link.baud(), link.dataBits(), stopBits(link.stopBits()), parity(link.parity()));
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw offline(link, "cannot open it (missing, or in use by another program; error " + port.getLastErrorCode() + ")", null);
        }
        return new LineConnection(port.getInputStream(), port.getOutputStream(),
                t -> port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) t.toMillis(), 0), port::closePort);
    }

    private static BalanceException offline(BalanceLink.Serial link, String why, Exception cause) {
        return new BalanceException(BalanceFailure.OFFLINE, "serial port " + link.device() + ": " + why, cause);
    }

    private static int stopBits(int bits) {
        return bits == 2 ? SerialPort.TWO_STOP_BITS : SerialPort.ONE_STOP_BIT;
    }

    private static int parity(BalanceLink.Parity parity) {
        return switch (parity) {
            case NONE -> SerialPort.NO_PARITY;
            case ODD -> SerialPort.ODD_PARITY;
            case EVEN -> SerialPort.EVEN_PARITY;
            case MARK -> SerialPort.MARK_PARITY;
            case SPACE -> SerialPort.SPACE_PARITY;
        };
    }
}
