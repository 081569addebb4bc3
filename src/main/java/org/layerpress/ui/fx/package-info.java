/** JavaFX plumbing shared by every screen: the one use-case executor, FXML and theme loading, the bounded-rate refresher, the fit-to-panel host, and the design panel's geometry. */
package org.layerpress.ui.fx;
