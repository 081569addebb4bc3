package org.layerpress.domain.batch;

/**
 * One point of a press step's trace.
 *
 * @param seconds since the step's start (from the PLC's source timestamps)
 * @param pressureMegaPascals pellet pressure for the batch's die
 * @param positionMillimetres ram position
 */
public record TraceSample(double seconds, double pressureMegaPascals, double positionMillimetres) {
}
