/**
 * Quantities with their unit: force (kN, metric tonne-force, US ton-force), pressure (MPa), pressure
 * rate, mass, length and temperature. A value is never a bare number. Plain Java.
 */
package org.layerpress.domain.units;
