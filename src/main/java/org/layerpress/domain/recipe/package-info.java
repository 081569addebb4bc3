/**
 * Recipes: the definition with its ordered steps of a few kinds (CHECK, SCAN, LOAD_LAYER, PRESS,
 * RELEASE, EJECT, INSPECT), the lifecycle status, the canonical text signatures bind to, the validator
 * that checks physics and the multi-step rule, and the demo recipes built from published protocols.
 * Plain Java; may import {@code domain.press} and {@code domain.units}.
 */
package org.layerpress.domain.recipe;
