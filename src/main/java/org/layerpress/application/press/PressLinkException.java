package org.layerpress.application.press;

/** A press read, write or command that did not go through; the message is meant for a person. */
public class PressLinkException extends Exception {

    public PressLinkException(String message) {
        super(message);
    }

    public PressLinkException(String message, Throwable cause) {
        super(message, cause);
    }
}
