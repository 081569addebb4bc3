package org.layerpress.report;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.layerpress.application.batch.BatchRun;
import org.layerpress.application.review.Amendment;
import org.layerpress.application.review.BatchRecord;
import org.layerpress.application.review.BatchRecordContent;
import org.layerpress.application.review.BatchRecordWriter;
import org.layerpress.application.review.ExportFormat;
import org.layerpress.application.review.RecordTimeline;
import org.layerpress.domain.batch.BatchEvent;
import org.layerpress.domain.batch.QualityFlag;
import org.layerpress.domain.batch.StartedValues;
import org.layerpress.domain.batch.TracePoint;
import org.layerpress.domain.batch.VesselPoint;
import org.layerpress.domain.signature.Signature;

/**
 * The whole batch record as JSON, schema {@value #SCHEMA} (docs/batch-record-format.md): field
 * names are stable, instants are ISO-8601 UTC strings, numbers recorded as text stay text (exactly
 * as recorded), trace samples are columns (three arrays) to keep 60k samples compact. Streamed,
 * so a long trace is never held twice in memory.
 */
public final class JsonRecordWriter implements BatchRecordWriter {

    public static final String SCHEMA = "layerpress.batch-record/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    @Override
    public ExportFormat format() {
        return ExportFormat.JSON;
    }

    /** Whether the stored rows matched the batch's seal when this was written, and if not, what differed. */
    private static void seal(JsonGenerator g, BatchRecord record) throws IOException {
        g.writeObjectFieldStart("seal");
        g.writeBooleanField("matches", record.matchesSeal());
        if (!record.matchesSeal()) {
            g.writeStringField("mark", BatchRecord.SEAL_MARK);
            g.writeArrayFieldStart("differences");
            for (String d : record.sealDifferences()) {
                g.writeString(d);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    @Override
    public void write(BatchRecord record, OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
        g.useDefaultPrettyPrinter();
        BatchRun run = record.run();
        Map<String, String> header = new TreeMap<>(record.events().get(0).values());
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        g.writeStringField("batchId", record.batchId());
        g.writeStringField("state", run.state().name());
        g.writeStringField("contentSha256", record.contentHash());
        g.writeBooleanField("training", run.training());
        seal(g, record);
        g.writeStringField("operator", run.operator());
        g.writeStringField("startedAt", run.startedAt().toString());
        instant(g, "endedAt", RecordTimeline.endedAt(record));
        g.writeStringField("abortReason", run.abortReason());

        g.writeObjectFieldStart("recipe");
        g.writeStringField("label", run.recipeLabel());
        g.writeStringField("name", run.recipe().name());
        g.writeStringField("versionId", header.getOrDefault(BatchRun.RECIPE_VERSION_ID, ""));
        g.writeStringField("contentSha256", run.recipeHash());
        g.writeStringField("controlRecipe", header.getOrDefault(BatchRun.RECIPE_TEXT, ""));
        g.writeEndObject();

        if (run.hasDie()) {
            g.writeObjectFieldStart("die");
            g.writeStringField("id", run.dieId());
            g.writeNumberField("boreMm", RecordTimeline.dieBoreMillimetres(record));
            g.writeStringField("ratingKn", header.getOrDefault(StartedValues.DIE_RATING_KN, ""));
            g.writeEndObject();
        } else {
            // No die was mounted: null, never the recipe's nominal bore as if a die had been used.
            g.writeNullField("die");
            g.writeStringField("noDie", run.noDieReason());
        }

        g.writeObjectFieldStart("press");
        g.writeStringField("model", header.getOrDefault(StartedValues.PRESS_MODEL, ""));
        g.writeStringField("capacityKn", header.getOrDefault(StartedValues.PRESS_CAPACITY_KN, ""));
        g.writeStringField("endpoint", header.getOrDefault(StartedValues.PRESS_ENDPOINT, ""));
        g.writeEndObject();

        header.remove(BatchRun.RECIPE_TEXT);
        strings(g, "header", header);

        g.writeArrayFieldStart("steps");
        for (RecordTimeline.StepLine s : RecordTimeline.steps(record)) {
            g.writeStartObject();
            g.writeNumberField("number", s.step().number());
            g.writeStringField("title", s.step().step().title());
            g.writeStringField("kind", s.step().step().kind().name());
            g.writeStringField("state", s.step().state().name());
            g.writeNumberField("attempts", s.step().attempts());
            instant(g, "activatedAt", s.activatedAt());
            instant(g, "endedAt", s.endedAt());
            g.writeArrayFieldStart("people");
            for (String p : s.people()) {
                g.writeString(p);
            }
            g.writeEndArray();
            strings(g, "values", s.step().values());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("events");
        for (BatchEvent e : record.events()) {
            g.writeStartObject();
            g.writeNumberField("sequence", e.sequence());
            g.writeStringField("at", e.at().toString());
            g.writeStringField("kind", e.kind().name());
            g.writeNumberField("step", e.step());
            g.writeStringField("actor", e.actor());
            Map<String, String> values = new TreeMap<>(e.values());
            values.remove(BatchRun.RECIPE_TEXT); // once, under recipe.controlRecipe
            strings(g, "values", values);
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("alarms");
        for (RecordTimeline.AlarmLine a : RecordTimeline.alarms(record)) {
            g.writeStartObject();
            g.writeStringField("id", a.alarm().id());
            g.writeNumberField("step", a.alarm().step());
            g.writeStringField("priority", a.alarm().priority().name());
            g.writeStringField("cause", a.alarm().cause());
            g.writeStringField("message", a.alarm().message());
            g.writeStringField("state", a.alarm().state().name());
            g.writeStringField("raisedAt", a.alarm().raisedAt().toString());
            g.writeStringField("acknowledgedBy", a.acknowledgedBy());
            instant(g, "acknowledgedAt", a.acknowledgedAt());
            instant(g, "clearedAt", a.clearedAt());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("deviations");
        for (RecordTimeline.DeviationLine d : RecordTimeline.deviations(record)) {
            g.writeStartObject();
            g.writeNumberField("step", d.step());
            g.writeStringField("at", d.at().toString());
            g.writeStringField("by", d.by());
            g.writeStringField("kind", d.kind().name());
            g.writeStringField("what", d.what());
            g.writeStringField("reason", d.reason());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("traces");
        for (Map.Entry<Integer, List<TracePoint>> t : record.traces().entrySet()) {
            List<TracePoint> points = t.getValue();
            g.writeStartObject();
            g.writeNumberField("step", t.getKey());
            g.writeNumberField("points", points.size());
            g.writeStringField("sha256", BatchRecordContent.traceHash(points));
            g.writeArrayFieldStart("sourceTime");
            for (TracePoint p : points) {
                g.writeString(p.sourceTime().toString());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("forceKn");
            for (TracePoint p : points) {
                g.writeNumber(p.forceKiloNewtons());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("positionMm");
            for (TracePoint p : points) {
                g.writeNumber(p.positionMillimetres());
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        // The vessel's own trace: pressure in MPa, never a force; a temperature not read is null, never a number.
        g.writeArrayFieldStart("vesselTraces");
        for (Map.Entry<Integer, List<VesselPoint>> t : record.vesselTraces().entrySet()) {
            List<VesselPoint> points = t.getValue();
            g.writeStartObject();
            g.writeNumberField("step", t.getKey());
            g.writeNumberField("points", points.size());
            g.writeStringField("sha256", BatchRecordContent.vesselTraceHash(points));
            g.writeArrayFieldStart("sourceTime");
            for (VesselPoint p : points) {
                g.writeString(p.sourceTime().toString());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("vesselPressureMPa");
            for (VesselPoint p : points) {
                g.writeNumber(p.pressureMegaPascals());
            }
            g.writeEndArray();
            g.writeArrayFieldStart("vesselTemperatureC");
            for (VesselPoint p : points) {
                if (p.temperatureCelsius().isPresent()) {
                    g.writeNumber(p.temperatureCelsius().getAsDouble());
                } else {
                    g.writeNull();
                }
            }
            g.writeEndArray();
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("flags");
        for (QualityFlag f : record.flags()) {
            g.writeStartObject();
            g.writeStringField("kind", f.kind().name());
            g.writeStringField("label", f.kind().label());
            g.writeNumberField("step", f.step());
            g.writeStringField("stepTitle", f.stepTitle());
            g.writeStringField("value", f.value());
            g.writeStringField("limit", f.limit());
            g.writeStringField("explanation", f.explanation());
            g.writeEndObject();
        }
        g.writeEndArray();

        g.writeArrayFieldStart("amendments");
        for (Amendment a : record.amendments()) {
            g.writeStartObject();
            g.writeNumberField("id", a.id());
            g.writeNumberField("step", a.step());
            g.writeStringField("field", a.field());
            g.writeStringField("originalValue", a.originalValue());
            g.writeStringField("correctedValue", a.correctedValue());
            g.writeStringField("reason", a.reason());
            g.writeFieldName("signature");
            signature(g, a.signature());
            g.writeEndObject();
        }
        g.writeEndArray();

        if (record.review().isPresent()) {
            g.writeObjectFieldStart("review");
            g.writeStringField("decision", record.review().get().decision().name());
            g.writeFieldName("signature");
            signature(g, record.review().get().signature());
            g.writeEndObject();
        } else {
            g.writeNullField("review");
        }
        g.writeEndObject();
        g.flush();
    }

    private static void signature(JsonGenerator g, Signature s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", s.id());
        g.writeStringField("login", s.login());
        g.writeStringField("printedName", s.printedName());
        g.writeStringField("signedAt", s.signedAt().toString());
        g.writeStringField("meaning", s.meaning().name());
        g.writeStringField("comment", s.comment());
        g.writeStringField("contentSha256", s.contentHash());
        g.writeStringField("manifestation", s.manifestation());
        g.writeEndObject();
    }

    private static void strings(JsonGenerator g, String name, Map<String, String> values) throws IOException {
        g.writeObjectFieldStart(name);
        for (Map.Entry<String, String> e : new TreeMap<>(values).entrySet()) {
            g.writeStringField(e.getKey(), e.getValue());
        }
        g.writeEndObject();
    }

    private static void instant(JsonGenerator g, String name, Optional<Instant> t) throws IOException {
        if (t.isPresent()) {
            g.writeStringField(name, t.get().toString());
        } else {
            g.writeNullField(name);
        }
    }
}
