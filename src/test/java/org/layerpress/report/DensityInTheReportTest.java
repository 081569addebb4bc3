package org.layerpress.report;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.OptionalDouble;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.domain.density.DensityCodec;
import org.layerpress.domain.density.DensityReading;
import org.layerpress.domain.density.LoadedMass;
import org.layerpress.domain.density.MaterialTable;
import org.layerpress.domain.density.PelletDensity;
import org.layerpress.application.review.QaDecision;
import org.layerpress.testing.BatchRecordBuilder;
import org.layerpress.testing.TestStation;

/** A release's density reading in the PDF report, in words with its inputs (real H2 store, real PDF writer). */
class DensityInTheReportTest {

    @Test
    void theReportSaysTheStacksThicknessAndDensityAfterReleaseWithTheInputs(@TempDir Path dir) throws Exception {
        TestStation station = TestStation.builder(dir).demoUsers().build();
        try (station) {
            // t = 14 − 13.2 = 0.8 mm; ρ = 60.4 / (78.5398 · 0.8) = 0.961 g/cm³.
            DensityReading r = PelletDensity.of(OptionalDouble.of(14), OptionalDouble.of(13.2), Math.PI * 25,
                    List.of(new LoadedMass("Li6PS5Cl", 60.4)), MaterialTable.empty(), OptionalDouble.empty());
            String id = "B-20261125-0009";
            BatchRecordBuilder.bilayer(id).by("olga").releaseValues(6, DensityCodec.encode(DensityCodec.RELEASED, r)).on(station).complete();
            BatchRecord record = station.review().signOff().signOff(station.quinn(), id, QaDecision.APPROVED,
                    TestStation.signature("quinn", "222222", "checked"));
            String text;
            try (PDDocument pdf = Loader.loadPDF(ReportRecords.bytes(new PdfReportWriter(station.clock(), station.zone(), station.stores()::chainHead), record))) {
                text = new PDFTextStripper().getText(pdf).replaceAll("\\s+", " ");
            }
            assertTrue(text.contains("stack after release: thickness 0.8 mm, density 0.961 g/cm³; relative density not computed: "
                    + "no theoretical density for Li6PS5Cl in the material table (ram from 14 mm to 13.2 mm, die area 78.5398 mm², Li6PS5Cl 60.4 mg)"), text);
        }
    }
}
