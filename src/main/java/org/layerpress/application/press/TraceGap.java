package org.layerpress.application.press;

/**
 * A stretch of the PLC's trace the HMI could not read: the ring was overwritten before it was read
 * (the HMI was late, the link or the PLC was silent), or the PLC restarted and its count went back.
 *
 * @param fromSample the first sample number missing (for a restart: the last number before it)
 * @param samplesLost how many samples are missing, or {@link #UNKNOWN} (a PLC restart)
 * @param reason in words, for the record
 */
public record TraceGap(long fromSample, long samplesLost, String reason) {

    public static final long UNKNOWN = -1;

    public boolean lengthKnown() {
        return samplesLost >= 0;
    }
}
