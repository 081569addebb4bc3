/**
 * Pellet thickness and density from the ram position (docs/press-domain.md#pellet-thickness-and-density):
 * the sums, the material table they read theoretical densities from, and what a reading that could
 * not be made says instead of a number.
 */
package org.layerpress.domain.density;
