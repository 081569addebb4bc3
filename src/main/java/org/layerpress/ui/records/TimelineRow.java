package org.layerpress.ui.records;

import org.layerpress.ui.controls.Severity;

/**
 * One line of a batch's timeline: when, who, what happened (in words), the values recorded, and any
 * signed amendment of one of those values, shown beside the original (which stays as recorded).
 *
 * @param step 1-based step, 0 for the batch as a whole
 * @param amendment "" or e.g. "Amended: lot L-7 → L-8 (typo on the label) — Approved by …"
 */
public record TimelineRow(String time, String who, int step, String what, String detail, String amendment, Severity severity) {

    public boolean amended() {
        return !amendment.isEmpty();
    }
}
