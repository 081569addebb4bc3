/**
 * The frame around every screen: the application and its scene, the navigation setup → login → main
 * frame, the main frame with its sections (handed in by {@code cli}), the press shell (live values),
 * its paint probe for benchmarks, and the idle logout. May import {@code ui.access},
 * {@code ui.controls}, {@code ui.fx}, the application packages press and users, {@code StationServices}, and the domain; not
 * the section packages.
 */
package org.layerpress.ui.shell;
