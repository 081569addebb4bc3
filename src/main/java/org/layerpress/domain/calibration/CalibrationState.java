package org.layerpress.domain.calibration;

/** An instrument's calibration on the day a batch starts. */
public enum CalibrationState {
    /** Its newest certificate is due today or later. */
    OK,
    /** Its newest certificate's due date has passed. */
    OVERDUE,
    /** No calibration on file for it. */
    NONE
}
