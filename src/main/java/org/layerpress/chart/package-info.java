/**
 * Chart geometry shared by every hand-drawn chart (docs/decisions/0007-hand-drawn-charts.md): value
 * ranges, round ticks, value-to-pixel scales, the thinning of many samples to pixel columns, and where
 * a target and its tolerance band fall. Plain numbers only: the live trends and the QA chart (JavaFX)
 * and the PDF report (OpenPDF) keep their drawing calls and take every coordinate from here.
 * Neutral: imports nothing but {@code java.*}; {@code ui} and {@code report} may both use it.
 */
package org.layerpress.chart;
