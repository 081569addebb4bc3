/**
 * The Records section for QA: the filtered, paged batch list, a batch record (summary, timeline,
 * flags, the trace chart of each press step with zoom, pan and a compared batch), sign-off and
 * exports, through five small source interfaces that {@code cli} binds to the review use cases. May
 * import {@code ui.controls}, {@code ui.fx}, the signature dialog of {@code ui.recipe}, {@code chart},
 * the application packages review, recipes, batch, users, and the domain.
 */
package org.layerpress.ui.records;
