package org.layerpress.modbus;

import com.digitalpetri.modbus.exceptions.ModbusResponseException;
import java.net.ConnectException;
import java.nio.channels.ClosedChannelException;
import java.util.Map;
import org.layerpress.application.mapping.ModbusRegister;

/**
 * Modbus failures in words (docs/glovebox.md, "Over Modbus TCP"): an exception response by its code and
 * name, and a connect or transport failure by its root cause, never a Java class name alone.
 */
final class ModbusFailures {

    /** The exception codes of the Modbus application protocol (V1.1b3, section 7), as a person reads them. */
    private static final Map<Integer, String> CODES = Map.of(
            1, "illegal function (the controller does not serve this request)",
            2, "illegal data address (no such register on the controller)",
            3, "illegal data value (the request's quantity is not accepted)",
            4, "server device failure (the controller could not produce the value, e.g. a failed analyser)",
            5, "acknowledge (the controller is still working on it)",
            6, "server device busy (try again later)",
            8, "memory parity error",
            10, "gateway path unavailable (the gateway has no route to the unit id)",
            11, "gateway target device failed to respond (nothing answered behind the gateway)");

    private ModbusFailures() {
    }

    /** "the glovebox answered Read Input Registers (function 4) for input register 0 (...) with exception 2: illegal data address (...)". */
    static String exceptionResponse(ModbusRegister register, ModbusResponseException e) {
        int code = e.getExceptionCode();
        return register.key() + ": the glovebox answered " + register.table().request() + " for " + register.describe()
                + " with exception " + code + ": " + CODES.getOrDefault(code, "an exception code Modbus does not define");
    }

    /** The innermost cause's message, or what kind of failure it was when it has none. */
    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof ConnectException) {
            return "connection refused";
        }
        if (root instanceof ClosedChannelException) {
            return "the connection was closed";
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }
}
