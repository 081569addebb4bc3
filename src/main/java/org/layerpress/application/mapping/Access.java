package org.layerpress.application.mapping;

/** How the HMI may use a mapped node. */
public enum Access {
    READ, WRITE, COMMAND;

    public String key() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
