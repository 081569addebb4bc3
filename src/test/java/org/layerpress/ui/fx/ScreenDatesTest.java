package org.layerpress.ui.fx;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.layerpress.ui.records.RecordWords;

/**
 * Dates on the screens are written as the person's language writes them: ISO order in English and Chinese (as the
 * record), day first with dots in German; the record and the files are not made here and keep ISO.
 */
class ScreenDatesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 11, 20);
    private static final Instant AT = Instant.parse("2026-11-20T13:05:09Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    @AfterEach
    void backToTheStationDefault() {
        Words.use(Words.STATION_DEFAULT);
    }

    @Test
    void englishKeepsTheIsoOrderTheRecordUses() {
        Words.use(Locale.ENGLISH);
        assertEquals("2026-11-20", Words.date(DAY));
        assertEquals("2026-11-20 14:05", Words.dateTime(AT.atZone(BERLIN)));
        assertEquals("11-20 14:05:09", Words.dayTime(AT.atZone(BERLIN)));
        assertEquals("2026-11-20 14:05", RecordWords.time(AT, BERLIN), "the Records list's start time");
    }

    @Test
    void germanWritesTheDayFirstWithDots() {
        Words.use(Locale.GERMAN);
        assertEquals("20.11.2026", Words.date(DAY));
        assertEquals("20.11.2026 14:05", Words.dateTime(AT.atZone(BERLIN)));
        assertEquals("20.11. 14:05:09", Words.dayTime(AT.atZone(BERLIN)));
        assertEquals("20.11.2026 14:05", RecordWords.time(AT, BERLIN), "the Records list's start time");
    }

    @Test
    void chineseKeepsYearMonthDay() {
        Words.use(Locale.CHINESE);
        assertEquals("2026-11-20", Words.date(DAY));
        assertEquals("2026-11-20 14:05", Words.dateTime(AT.atZone(BERLIN)));
    }
}
