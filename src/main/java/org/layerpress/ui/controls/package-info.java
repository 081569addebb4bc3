/**
 * Glove-sized controls and the words and shapes they show: keys and pads, hold-to-confirm, tap
 * pickers and the reason entry, paged lists, live readouts and display numbers, status indicators,
 * trends, the message line; none knows a use case. May import {@code ui.fx}, {@code chart} and the
 * domain (units, PINs); no application package and no screen package.
 */
package org.layerpress.ui.controls;
