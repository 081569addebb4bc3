/**
 * What a batch record is made of: its events (append-only, the record itself), batch and step
 * states (ISA-88 in small), press trace samples, and the trace evaluation that tells over-pressure,
 * under-pressure in the hold, leak from creep, and the automatic quality flags. Plain Java; may import
 * {@code domain.press}, {@code domain.recipe} and {@code domain.units}.
 */
package org.layerpress.domain.batch;
