package org.layerpress.sim;

/** The two heated platens of a press: the top one on the frame, the bottom one on the ram. */
public enum Platen {
    TOP, BOTTOM
}
