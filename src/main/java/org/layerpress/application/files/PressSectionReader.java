package org.layerpress.application.files;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.press.PressCapability;
import org.layerpress.domain.press.PressProfile;
import org.layerpress.domain.units.Force;
import org.yaml.snakeyaml.nodes.ScalarNode;

/**
 * Reads the {@code press:} section that a plc-mapping file and a recipe file share: the press model,
 * its capacity with an explicit force unit ({@code 30 tf}, {@code 294.2 kN}, {@code 33 ustf}), the
 * pump's fastest force ramp in kN/s, and its capabilities. One reader, so that both files accept the
 * same text and refuse it with the same message at the same file, line and dotted key.
 */
public final class PressSectionReader {

    /** The keys a {@code press:} section may hold; any other is refused as a typo. */
    public static final String[] KEYS = {"model", "capacity", "maxRampRate", "capabilities"};

    /**
     * What a laboratory press can be: from a 1 kN bench press to 2,000 kN (about 204 tf), past the
     * largest lab presses on the market; a capacity beyond would leave the force limit effectively off.
     */
    public static final double CAPACITY_MIN_KN = 1;
    public static final double CAPACITY_MAX_KN = 2_000;
    /** The pump's fastest force ramp: 0.01 kN/s (a creeping manual pump) to 100 kN/s (a 30 tf press to full force in 3 s). */
    public static final double RAMP_MIN_KN_PER_S = 0.01;
    public static final double RAMP_MAX_KN_PER_S = 100;

    private PressSectionReader() {
    }

    public static PressProfile read(YamlSection o) {
        o.allowOnly(KEYS);
        String model = o.requiredText("model", InputLimits.PRESS_MODEL);
        Force capacity = o.force("capacity", "30 tf");
        if (capacity.kiloNewtons() < CAPACITY_MIN_KN || capacity.kiloNewtons() > CAPACITY_MAX_KN) {
            throw o.error(o.node("capacity"), o.key("capacity"), "capacity " + InputLimits.excerpt(o.text("capacity").trim())
                    + " is not a lab press: expected " + plain(CAPACITY_MIN_KN) + " to " + plain(CAPACITY_MAX_KN) + " kN (about 0.1 to 204 tf)");
        }
        Quantity ramp = o.quantity("maxRampRate", "20 kN/s", Quantity.Sign.POSITIVE, "kN/s");
        if (ramp.value() < RAMP_MIN_KN_PER_S || ramp.value() > RAMP_MAX_KN_PER_S) {
            throw o.error(o.node("maxRampRate"), o.key("maxRampRate"), "maxRampRate " + InputLimits.excerpt(o.text("maxRampRate").trim())
                    + " is not a lab press's pump: expected " + plain(RAMP_MIN_KN_PER_S) + " to " + plain(RAMP_MAX_KN_PER_S) + " kN/s");
        }
        Set<PressCapability> caps = EnumSet.noneOf(PressCapability.class);
        if (o.has("capabilities")) {
            String expected = Stream.of(PressCapability.values()).map(PressCapability::key).collect(Collectors.joining(", "));
            for (ScalarNode item : o.scalarList("capabilities", "[automaticRampHold, heatedPlatens]")) {
                String v = item.getValue().trim();
                PressCapability cap = Stream.of(PressCapability.values()).filter(c -> c.key().equals(v)).findFirst()
                        .orElseThrow(() -> o.error(item, o.key("capabilities"), "unknown capability " + InputLimits.excerpt(v) + ", expected one of " + expected));
                caps.add(cap);
            }
        }
        return new PressProfile(model, capacity, ramp.value(), caps);
    }

    private static String plain(double v) {
        return java.math.BigDecimal.valueOf(v).stripTrailingZeros().toPlainString();
    }
}
