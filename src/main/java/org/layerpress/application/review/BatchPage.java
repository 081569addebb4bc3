package org.layerpress.application.review;

import java.util.List;

/** One page of the batch list; {@code hasMore} instead of a total count, which would cost a scan at 100k batches. */
public record BatchPage(List<BatchListRow> rows, int page, int pageSize, boolean hasMore) {

    public BatchPage {
        rows = List.copyOf(rows);
    }
}
