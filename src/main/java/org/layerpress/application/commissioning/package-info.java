/**
 * Commissioning a press mapping: one ramp / hold / release test cycle through
 * the {@code PressPort}, refused above the press capacity or while interlocks are not OK, measured for
 * {@code layerpress probe --test-cycle}. May import {@code application.press} and the domain units and press profile.
 */
package org.layerpress.application.commissioning;
