package org.layerpress.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.layerpress.application.review.LotUseLine;

/**
 * Every use of one powder lot across batches, one CSV row per layer loaded from it (RFC 4180, UTF-8,
 * CRLF), oldest batch first:
 * {@code batch_id,started_at_utc,recipe,recipe_version,step,layer,material,lot,mass_mg,operator,status,qa_decision,training}.
 * The start is ISO-8601 in UTC; the mass is the record's text exactly; the operator is the printed
 * name (the login when the station does not know it); {@code qa_decision} is empty while the batch
 * is not signed off; {@code training} is {@code true} or {@code false} on every row. Text with a
 * comma, quote or line break is quoted, a quote doubled.
 */
public final class LotUsesCsvWriter {

    public static final String HEADER = "batch_id,started_at_utc,recipe,recipe_version,step,layer,material,lot,mass_mg,operator,status,qa_decision,training";

    public void write(List<LotUseLine> uses, OutputStream out) throws IOException {
        write(uses, null, out);
    }

    /**
     * The same rows over several stations (the central copy): a first column {@code station}, since batch ids
     * repeat across stations; {@code stations.get(i)} recorded {@code uses.get(i)}.
     */
    public void writeFromStations(List<String> stations, List<LotUseLine> uses, OutputStream out) throws IOException {
        if (stations.size() != uses.size()) {
            throw new IllegalArgumentException("one station per use");
        }
        write(uses, stations, out);
    }

    private static void write(List<LotUseLine> uses, List<String> stations, OutputStream out) throws IOException {
        BufferedWriter w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        w.write(stations == null ? HEADER : "station," + HEADER);
        w.write("\r\n");
        for (int i = 0; i < uses.size(); i++) {
            LotUseLine u = uses.get(i);
            if (stations != null) {
                w.write(cell(stations.get(i)) + ",");
            }
            w.write(String.join(",", cell(u.batchId()), u.startedAt().toString(), cell(u.recipeName()), cell(u.recipeVersion()),
                    Integer.toString(u.use().step()), cell(u.use().layer()), cell(u.use().material()), cell(u.use().lot()), cell(u.massMg()),
                    cell(u.operatorName()), u.state().name(), u.decision().map(Enum::name).orElse(""), Boolean.toString(u.training())));
            w.write("\r\n");
        }
        w.flush();
    }

    /** RFC 4180: quoted when it holds a comma, quote or line break; a quote doubled. */
    static String cell(String text) {
        if (text.indexOf(',') < 0 && text.indexOf('"') < 0 && text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
            return text;
        }
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
