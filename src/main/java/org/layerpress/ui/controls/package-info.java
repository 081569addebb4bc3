/** Glove-sized controls and the words and shapes they show: keys and pads, hold-to-confirm, tap pickers, paged lists, live readouts, status indicators, trends, the message line; none knows a use case. */
package org.layerpress.ui.controls;
