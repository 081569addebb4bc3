package org.layerpress.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code bench qa} with a handful of batches: every figure on its own line as "name: value unit" (no timings asserted). */
class BenchQaCommandTest {

    @Test
    void printsEveryFigureAsNameValueUnit() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = LayerPressCli.run(new PrintWriter(out), new PrintWriter(err), "bench", "qa", "--batches", "6", "--full-records", "2", "--runs", "2");
        assertEquals(0, exit, err.toString());
        List<String> lines = out.toString().lines().toList();
        for (String line : lines) {
            assertTrue(line.matches("[a-z0-9_]+: -?[0-9]+(\\.[0-9]+)? \\S.*"), "not 'name: value unit': " + line);
        }
        for (String figure : List.of("batches", "insert_rate_full_records", "insert_rate_list_only", "list_all_p50", "list_all_p99", "list_recipe_p99",
                "list_operator_p99", "list_flag_creep_p99", "list_decision_approved_p99", "list_undecided_p99", "list_date_range_month_p99",
                "open_big_batch_p50", "open_big_batch_p99", "db_size_per_batch", "db_size_per_full_record", "trace_bytes_per_sample")) {
            assertTrue(lines.stream().anyMatch(l -> l.startsWith(figure + ": ")), figure + " missing in\n" + out);
        }
        assertTrue(out.toString().contains("(60300 samples, events replayed + traces decoded)"), out.toString());
    }
}
