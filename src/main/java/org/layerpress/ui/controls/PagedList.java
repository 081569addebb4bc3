package org.layerpress.ui.controls;

import java.util.List;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * A list shown one page at a time with Previous/More buttons: scrolling takes a drag, which is no
 * gesture for thick gloves (docs/architecture.md#look-and-feel).
 */
public final class PagedList<T> {

    private final int pageSize;
    private List<T> all = List.of();
    private int page;
    private final ObservableList<T> shown = FXCollections.observableArrayList();
    private final ObservableList<T> shownView = FXCollections.unmodifiableObservableList(shown);
    private final ReadOnlyBooleanWrapper hasPrevious = new ReadOnlyBooleanWrapper(this, "hasPrevious");
    private final ReadOnlyBooleanWrapper hasNext = new ReadOnlyBooleanWrapper(this, "hasNext");
    private final ReadOnlyBooleanWrapper paged = new ReadOnlyBooleanWrapper(this, "paged");
    private final ReadOnlyStringWrapper pageText = new ReadOnlyStringWrapper(this, "pageText", "");

    public PagedList(int pageSize) {
        if (pageSize < 1) {
            throw new IllegalArgumentException("page size must be positive, was " + pageSize);
        }
        this.pageSize = pageSize;
    }

    /** Replaces the items and shows the first page. */
    public void setAll(List<T> items) {
        all = List.copyOf(items);
        page = 0;
        update();
    }

    public List<T> all() {
        return all;
    }

    public void next() {
        if (hasNext.get()) {
            page++;
            update();
        }
    }

    public void previous() {
        if (hasPrevious.get()) {
            page--;
            update();
        }
    }

    private int pages() {
        return Math.max(1, (all.size() + pageSize - 1) / pageSize);
    }

    private void update() {
        int from = page * pageSize;
        shown.setAll(all.subList(from, Math.min(all.size(), from + pageSize)));
        hasPrevious.set(page > 0);
        hasNext.set(page < pages() - 1);
        paged.set(pages() > 1);
        pageText.set((page + 1) + " / " + pages());
    }

    /** The items on the current page. */
    public ObservableList<T> getShown() {
        return shownView;
    }

    public ReadOnlyBooleanProperty hasPreviousProperty() {
        return hasPrevious.getReadOnlyProperty();
    }

    public boolean isHasPrevious() {
        return hasPrevious.get();
    }

    public boolean isHasNext() {
        return hasNext.get();
    }

    public String getPageText() {
        return pageText.get();
    }

    public ReadOnlyBooleanProperty hasNextProperty() {
        return hasNext.getReadOnlyProperty();
    }

    /** More than one page: the Previous/More buttons are shown. */
    public ReadOnlyBooleanProperty pagedProperty() {
        return paged.getReadOnlyProperty();
    }

    public boolean isPaged() {
        return paged.get();
    }

    public ReadOnlyStringProperty pageTextProperty() {
        return pageText.getReadOnlyProperty();
    }
}
