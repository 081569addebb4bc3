/**
 * Batch record exports: the PDF report (OpenPDF, with hand-drawn force charts), the CSV of every trace
 * sample and the JSON of the whole record, behind the application's {@code BatchRecordWriter} port.
 * Adapter: may import the domain, the application and the chart geometry ({@code chart}, shared
 * with the screens); never {@code ui}, {@code plc}, {@code sim},
 * {@code store}, {@code opcua}, JDBC or Milo.
 */
package org.layerpress.report;
