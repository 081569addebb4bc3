/**
 * Calibration of the instruments a batch relies on (load cell or pressure transducer, platen
 * thermocouples, the balance): what a certificate says and what state an instrument was in when a
 * batch started (docs/calibration.md).
 */
package org.layerpress.domain.calibration;
