/** The frame around every screen: the application and its scene, the navigation setup → login → main frame, the main frame with its sections, the press shell (live values), its paint probe for benchmarks, and the idle logout. */
package org.layerpress.ui.shell;
