package org.layerpress.application.audit;

import java.util.Optional;

/**
 * The outcome of walking the audit hash chain.
 *
 * @param firstBrokenSequence the first row whose hash does not match its content and predecessor
 */
public record ChainCheck(long rowsChecked, Optional<Long> firstBrokenSequence, String problem) {

    public boolean intact() {
        return firstBrokenSequence.isEmpty();
    }
}
