/**
 * The Recipes section: the paged list, a version's detail with its steps and forces, the editor (step
 * tiles, steppers and the number pad, no free text), the compare of two versions, import and export,
 * and the signature dialog every signed step uses (the QA sign-off too). May import
 * {@code ui.controls}, {@code ui.fx}, {@code application.recipes}, {@code application.users},
 * {@code StationServices} and the domain.
 */
package org.layerpress.ui.recipe;
