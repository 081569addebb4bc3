/**
 * JavaFX plumbing shared by every screen: the one use-case executor, FXML and theme loading (the
 * stylesheets in order, each overridable by a site folder), the screens' words in the logged-in
 * person's language ({@code Words}, the bundles every FXML is loaded with), the bounded-rate refresher, the
 * fit-to-panel host, and the design panel's geometry. May import JavaFX and
 * {@code application.users} (the refusal a use case throws); no other package of ours.
 */
package org.layerpress.ui.fx;
