package org.layerpress.plc;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import org.eclipse.milo.opcua.stack.core.StatusCodes;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;

/** OPC UA status codes and Milo exceptions in words a person can read ("Bad_UserAccessDenied (…)"). */
final class StatusText {

    private StatusText() {
    }

    /** The symbolic name, e.g. {@code Bad_UserAccessDenied}, or the hex code when unknown. */
    static String name(StatusCode status) {
        return StatusCodes.lookup(status.value()).map(n -> n[0])
                .orElse(String.format("0x%08X", status.value()));
    }

    /** Name and description, e.g. {@code Bad_UserAccessDenied (User does not have permission …)}. */
    static String describe(StatusCode status) {
        return StatusCodes.lookup(status.value())
                .map(n -> n.length > 1 && !n[1].isBlank() ? n[0] + " (" + n[1] + ")" : n[0])
                .orElse(String.format("0x%08X", status.value()));
    }

    /** A failure from Milo: its status in words, plus the message when it adds something. */
    static String describe(Throwable failure) {
        Throwable t = unwrap(failure);
        if (t instanceof UaException ua) {
            String text = describe(ua.getStatusCode());
            String message = ua.getMessage();
            // Milo fills an empty message with "status=…, description=…": that adds nothing.
            if (message != null && !message.isBlank() && !message.startsWith("status=")) {
                // A wrapped cause reads "io.netty…AnnotatedConnectException: Connection refused: /…": keep the words.
                int cut = message.lastIndexOf("Exception: ");
                text += ": " + (cut >= 0 ? message.substring(cut + "Exception: ".length()) : message);
            }
            return text;
        }
        String message = t.getMessage();
        return t.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }

    /** The status of a Milo failure, if it carries one. */
    static StatusCode statusOf(Throwable failure) {
        Throwable t = unwrap(failure);
        return t instanceof UaException ua ? ua.getStatusCode() : StatusCode.BAD;
    }

    static Throwable unwrap(Throwable failure) {
        Throwable t = failure;
        while ((t instanceof ExecutionException || t instanceof CompletionException
                || (t instanceof UaException && t.getCause() instanceof UaException)) && t.getCause() != null) {
            t = t.getCause();
        }
        return t;
    }
}
