/**
 * Correcting a finished batch by taps (the Operator's amendments): the person's own finished batches
 * that QA has not signed off, the batch's recorded values by step in words, the corrected value on a
 * glove pad, a reason picked by tap and the e-signature (meaning CORRECTED) in the shared signature
 * dialog; the page then shows each amendment beside its untouched original.
 *
 * <p>Opened from the Run start page through an opener handed to {@code ui.batch} where the Run
 * section is built, so that {@code ui.batch} reaches neither the review use cases nor the records or
 * recipe screens. The use case checks the permission and refuses in words; this package only shows
 * those words.
 */
package org.layerpress.ui.correct;
