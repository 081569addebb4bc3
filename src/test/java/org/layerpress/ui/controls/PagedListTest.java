package org.layerpress.ui.controls;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PagedListTest {

    @Test
    void showsOnePageAtATimeWithoutScrolling() {
        PagedList<Integer> list = new PagedList<>(4);
        list.setAll(List.of(1, 2, 3, 4, 5, 6, 7, 8, 9));
        assertEquals(List.of(1, 2, 3, 4), list.getShown());
        assertTrue(list.isPaged());
        assertFalse(list.isHasPrevious());
        list.next();
        list.next();
        assertEquals(List.of(9), list.getShown());
        assertEquals("3 / 3", list.getPageText());
        list.next();
        assertEquals(List.of(9), list.getShown(), "no page after the last");
        list.previous();
        assertEquals(List.of(5, 6, 7, 8), list.getShown());
    }

    @Test
    void aShortListHasNoPager() {
        PagedList<String> list = new PagedList<>(12);
        list.setAll(List.of("a", "b"));
        assertFalse(list.isPaged());
        list.setAll(List.of());
        assertEquals(List.of(), list.getShown());
        assertFalse(list.isPaged());
    }
}
