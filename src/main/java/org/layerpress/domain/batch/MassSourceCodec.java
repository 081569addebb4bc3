package org.layerpress.domain.batch;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import org.layerpress.domain.units.EvidenceNumbers;

/**
 * The stored values of a {@link MassSource}, beside a LOAD_LAYER's mass (docs/batch-record-format.md).
 * A record made before balances has none of these keys and reads as {@link MassSource.Typed}.
 */
public final class MassSourceCodec {

    /** "balance", "typed", or "typed.balanceOffline". */
    public static final String MASS_SOURCE = "mass.source";
    public static final String BALANCE_ID = "balance.id";
    public static final String BALANCE_SERIAL = "balance.serial";
    public static final String BALANCE_VALUE = "balance.value";
    public static final String BALANCE_UNIT = "balance.unit";
    public static final String BALANCE_STABLE = "balance.stable";
    public static final String BALANCE_AT = "balance.at";
    /** Why a mass was typed on a station with a balance. */
    public static final String TYPED_REASON = "mass.typedReason";

    /** Every key this codec writes, for readers that say the source in one line of its own. */
    public static final List<String> KEYS = List.of(MASS_SOURCE, BALANCE_ID, BALANCE_SERIAL, BALANCE_VALUE, BALANCE_UNIT, BALANCE_STABLE,
            BALANCE_AT, TYPED_REASON);

    private static final String FROM_BALANCE = "balance";
    private static final String TYPED = "typed";
    private static final String TYPED_OFFLINE = "typed.balanceOffline";

    private MassSourceCodec() {
    }

    /** As the other step values read a damaged time: the epoch, which no real weighing has. */
    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    static void encode(MassSource source, Map<String, String> v) {
        if (source instanceof MassSource.Weighed w) {
            v.put(MASS_SOURCE, FROM_BALANCE);
            v.put(BALANCE_ID, w.balanceId());
            v.put(BALANCE_SERIAL, w.serialNumber());
            v.put(BALANCE_VALUE, EvidenceNumbers.exact(w.value())); // exactly as the balance sent it, not rounded to the record's four decimals
            v.put(BALANCE_UNIT, w.unit());
            v.put(BALANCE_STABLE, Boolean.toString(w.stable()));
            v.put(BALANCE_AT, w.at().toString());
        } else if (source instanceof MassSource.TypedBalanceOffline t) {
            v.put(MASS_SOURCE, TYPED_OFFLINE);
            v.put(TYPED_REASON, t.reason());
        }
        // A mass typed on a station without a balance writes nothing more, as before balances: such records stay unchanged.
    }

    /** The source the values name; a record without {@link #MASS_SOURCE}, or with one it cannot read, was typed. */
    public static MassSource decode(Map<String, String> v) {
        String source = v.getOrDefault(MASS_SOURCE, TYPED);
        if (source.equals(TYPED_OFFLINE) && !v.getOrDefault(TYPED_REASON, "").isBlank()) {
            return new MassSource.TypedBalanceOffline(v.get(TYPED_REASON));
        }
        if (source.equals(FROM_BALANCE)) {
            OptionalDouble value = EvidenceNumbers.parse(v.getOrDefault(BALANCE_VALUE, ""));
            return new MassSource.Weighed(v.getOrDefault(BALANCE_ID, ""), v.getOrDefault(BALANCE_SERIAL, ""), value.orElse(Double.NaN),
                    v.getOrDefault(BALANCE_UNIT, ""), Boolean.parseBoolean(v.get(BALANCE_STABLE)), instant(v.getOrDefault(BALANCE_AT, "")));
        }
        return new MassSource.Typed();
    }
}
