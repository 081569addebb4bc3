/**
 * QA's side of batch records: the filtered batch list (and finding batches by lot, die, material or id;
 * every use of a lot, {@link org.layerpress.application.review.LotUseLine}), one value per batch of a
 * recipe for a cross-batch chart ({@link org.layerpress.application.review.ControlChartUseCase}), the whole record assembled in one
 * transaction, quality flags computed when a batch ends, signed corrections (amendments), QA sign-off
 * with an e-signature bound to the record's canonical content (also on a QA workstation over the central copy,
 * {@link org.layerpress.application.review.WorkstationSignOffUseCase}, taken by the station after its own checks,
 * {@link org.layerpress.application.review.CentralSignOffImport}), and exports through the
 * {@link org.layerpress.application.review.BatchRecordWriter} port that the {@code report} adapter implements;
 * and the words a record is read in ({@link org.layerpress.application.review.RecordWording},
 * {@link org.layerpress.application.review.ValuePhrases} for its values,
 * {@link org.layerpress.application.review.RecordTimes} for its times), one mapping the QA screens and
 * the PDF report share.
 * May import the domain and the application packages batch, recipes, signature, tx, users.
 */
package org.layerpress.application.review;
