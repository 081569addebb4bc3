package org.layerpress.report;

import static org.layerpress.report.PdfCells.labelled;
import static org.layerpress.report.PdfCells.text;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import java.util.Locale;
import java.util.Optional;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchReview;
import org.layerpress.application.review.QaDecision;
import org.layerpress.application.review.QaSignOffUseCase;
import org.layerpress.application.review.RecordTimes;
import org.layerpress.application.review.RecordWording;
import org.layerpress.domain.signature.Signature;

/**
 * The QA sign-off box: the signed decision with printed name, time, meaning and what it binds to, or,
 * before QA has signed, an empty form that says this printout is not a release.
 */
final class SignOffSection {

    private SignOffSection() {
    }

    static void add(ReportPage page, String chainHead) throws DocumentException {
        page.heading("QA sign-off", 170);
        Optional<BatchReview> review = page.record().review();
        PdfPTable box = new PdfPTable(1);
        box.setWidthPercentage(100);
        box.setKeepTogether(true);
        PdfPCell cell = new PdfPCell();
        cell.setPadding(8);
        cell.setBorderColor(PdfText.INK);
        cell.setBorderWidth(0.8f);
        if (review.isPresent()) {
            signed(cell, review.get(), page.record(), page);
        } else {
            unsigned(cell);
        }
        box.addCell(cell);
        box.setSpacingBefore(2);
        page.add(box);
        page.add(new Paragraph(text("Audit chain head: " + chainHead), PdfText.SMALL));
    }

    private static void signed(PdfPCell cell, BatchReview review, BatchRecord record, ReportPage page) {
        Signature s = review.signature();
        boolean rejected = review.decision() == QaDecision.REJECTED;
        cell.addElement(new Paragraph(text(ReportPage.decision(review.decision()).toUpperCase(Locale.ROOT)), rejected ? new Font(PdfText.DECISION.getFamily(),
                PdfText.DECISION.getSize(), Font.BOLD, PdfText.ALERT) : PdfText.DECISION));
        cell.addElement(new Paragraph(text(RecordWording.manifestation(s, page.zone())), PdfText.BOLD));
        cell.addElement(labelled("Printed name", s.printedName() + " (" + s.login() + ")"));
        cell.addElement(labelled("Signed", RecordTimes.dateTime(s.signedAt(), page.zone())));
        cell.addElement(labelled("Meaning", s.meaning().label()));
        cell.addElement(labelled("Comment", s.comment().isEmpty() ? "-" : s.comment()));
        cell.addElement(labelled("Binds to", "record SHA-256 " + s.contentHash()
                + (QaSignOffUseCase.signatureBinds(s, record) ? " (matches this record)" : " (DOES NOT MATCH this record)")));
        cell.addElement(new Paragraph(text("Electronic signature under 21 CFR Part 11: PIN re-entered at signing; "
                + "the signature is bound to the record's content hash printed in the footer."), PdfText.SMALL));
    }

    private static void unsigned(PdfPCell cell) {
        cell.addElement(new Paragraph("NOT YET SIGNED OFF", PdfText.DECISION));
        cell.addElement(new Paragraph(text("No electronic QA decision is recorded. This printout is not a release."), PdfText.BODY));
        cell.addElement(new Paragraph(" ", PdfText.BODY));
        cell.addElement(new Paragraph("Decision:   [ ] Approved    [ ] Rejected", PdfText.BODY));
        cell.addElement(new Paragraph(" ", PdfText.BODY));
        cell.addElement(new Paragraph("Printed name: ______________________   Signature: ______________________   Date and time: ____________",
                PdfText.BODY));
    }
}
