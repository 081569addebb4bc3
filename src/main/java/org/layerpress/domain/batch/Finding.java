package org.layerpress.domain.batch;

/** One thing wrong with a press step, at the moment it was first seen, in words for the record. */
public record Finding(FindingKind kind, double atSeconds, String message) {
}
