package org.layerpress.domain.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Where a layer's mass came from, stored beside it and read back the same. */
class MassSourceCodecTest {

    private static final Instant AT = Instant.parse("2026-12-06T09:00:00Z");

    private static StepResult.LayerLoaded loaded(MassSource source) {
        return new StepResult.LayerLoaded("electrolyte", "Li6PS5Cl", 60.12, 60, 2, "LOT-A", Optional.empty(), Optional.empty(), source);
    }

    @Test
    void aWeighingOnTheBalanceReadsBackWithItsValueExactlyAsSent() {
        MassSource.Weighed weighed = new MassSource.Weighed("BAL-1", "B912345678", 0.060123, "g", true, AT);

        Map<String, String> values = StepResultCodec.encode(loaded(weighed));

        assertEquals("0.060123", values.get(MassSourceCodec.BALANCE_VALUE), "not rounded to the record's four decimals");
        assertEquals(weighed, StepResultCodec.layerLoaded(values).orElseThrow().source());
    }

    @Test
    void aMassTypedBecauseTheBalanceIsOfflineReadsBackWithItsReason() {
        MassSource typed = new MassSource.TypedBalanceOffline("cable unplugged");

        StepResult.LayerLoaded back = StepResultCodec.layerLoaded(StepResultCodec.encode(loaded(typed))).orElseThrow();

        assertEquals(typed, back.source());
        assertEquals("typed (balance offline: cable unplugged)", back.source().words());
    }

    @Test
    void aMassTypedWithoutABalanceWritesNothingNewAndOldRecordsReadAsTyped() {
        Map<String, String> values = StepResultCodec.encode(loaded(new MassSource.Typed()));

        assertFalse(values.containsKey(MassSourceCodec.MASS_SOURCE), "records without a balance stay as they were");
        assertEquals(new MassSource.Typed(), StepResultCodec.layerLoaded(Map.of("mass.mg", "60.5")).orElseThrow().source());
    }

    @Test
    void aTypedMassOnAStationWithABalanceNeedsAReason() {
        assertThrows(IllegalArgumentException.class, () -> new MassSource.TypedBalanceOffline(" "));
    }

    @Test
    void aWeighingWithoutSerialNumberSaysSoInsteadOfInventingOne() {
        assertEquals("from balance BAL-1 (serial number not reported), stable, 0.06 g at 2026-12-06T09:00:00Z",
                new MassSource.Weighed("BAL-1", "", 0.06, "g", true, AT).words());
    }
}
