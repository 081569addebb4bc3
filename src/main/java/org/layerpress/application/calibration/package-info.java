/**
 * Calibration records of the instruments a batch relies on: a Supervisor enters them with an
 * e-signature, everyone reads them, and a batch start checks the instruments its recipe uses
 * (docs/calibration.md).
 */
package org.layerpress.application.calibration;
