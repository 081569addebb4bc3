package org.layerpress.ui.records;

import java.util.Objects;

/**
 * Everything the QA screens read and do, for one logged-in session: the factory that makes the
 * Records section binds each use case to the session in a one-line lambda.
 */
public record QaSources(BatchListSource list, BatchRecordSource records, SignOffCheck signOffCheck, SignOff signOff, Exporter exporter,
                        ChartSource charts) {

    /** Without the cross-batch control chart (its key then offers no recipes). */
    public QaSources(BatchListSource list, BatchRecordSource records, SignOffCheck signOffCheck, SignOff signOff, Exporter exporter) {
        this(list, records, signOffCheck, signOff, exporter, ChartSource.NONE);
    }

    public QaSources {
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(signOffCheck, "signOffCheck");
        Objects.requireNonNull(signOff, "signOff");
        Objects.requireNonNull(exporter, "exporter");
        Objects.requireNonNull(charts, "charts");
    }
}
