/**
 * The Records section for QA: the filtered, paged batch list, a batch record (summary, timeline,
 * flags, the trace chart of each press step with zoom, pan and a compared batch), sign-off and
 * exports, Find (a powder lot or batch id scanned into the pad, a die or material tapped), and the
 * cross-batch control chart of a recipe (drawn by hand, a tapped point opens its batch, CSV export), through
 * six small source interfaces that {@code cli} binds to the review use cases. May import
 * {@code ui.controls}, {@code ui.fx}, the signature dialog of {@code ui.recipe}, the scanner's
 * {@code BadgeReader} of {@code ui.access} (as the Run section does), {@code chart},
 * the application packages review, recipes, batch, users, and the domain. Its words are looked up in
 * {@code Words} ({@code records.*}, {@code chart.*}); what the record holds (values, reasons, causes, a flag's
 * sentence, the signature's manifestation) is shown as recorded, in English.
 */
package org.layerpress.ui.records;
