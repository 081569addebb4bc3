package org.layerpress.sim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.layerpress.application.press.StandardSignal.FORCE;
import static org.layerpress.application.press.StandardSignal.RAM_POSITION;

import org.junit.jupiter.api.Test;

class HoldTopUpTest {

    private final PressRig rig = PressRig.exact();

    @Test
    void topUpKeepsForceWithinBandWithoutLeak() {
        rig.pressToHold(30, 10, 120);
        rig.run(1);
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (int i = 0; i < 60 / PressRig.DT; i++) {
            rig.scan();
            min = Math.min(min, rig.get(FORCE));
            max = Math.max(max, rig.get(FORCE));
        }
        assertTrue(min >= 30 * 0.995 - 0.002, "min " + min);
        assertTrue(max <= 30 + 1e-9, "max " + max);
        assertTrue(max - min > 0.1, "creep is visible as a saw-tooth, range " + (max - min));
        assertEquals(PlcState.HOLDING, rig.state());
    }

    @Test
    void injectedLeakBiggerThanTopUpSagsForce() {
        rig.pressToHold(30, 10, 120);
        rig.run(1);
        rig.plc.injectLeak(3.0);
        rig.run(5);
        // net: -3 leak - 0.3 %/s creep + 1 top-up ≈ -2.1 kN/s
        assertTrue(rig.get(FORCE) < 30 - 8, "sagged to " + rig.get(FORCE));
        assertEquals(PlcState.HOLDING, rig.state(), "a sag alone does not stop the step");
    }

    @Test
    void leakSmallerThanTopUpIsCompensated() {
        rig.pressToHold(30, 10, 120);
        rig.plc.injectLeak(0.5);
        rig.run(20);
        assertTrue(rig.get(FORCE) >= 30 * 0.995 - 0.01, "force " + rig.get(FORCE));
    }

    @Test
    void clearedLeakLetsTopUpRestoreTheSetpoint() {
        rig.pressToHold(30, 10, 120);
        rig.plc.injectLeak(3.0);
        rig.run(3);
        rig.plc.clearLeak();
        rig.runUntil(() -> rig.get(FORCE) >= 30 * 0.995, 15, "back in band");
    }

    @Test
    void leakDoesNotAdvanceTheRamLikeCreepDoes() {
        rig.pressToHold(30, 10, 120);
        rig.run(1);
        double before = rig.get(RAM_POSITION);
        rig.plc.injectLeak(5.0);
        rig.run(3);
        assertTrue(rig.get(RAM_POSITION) < before, "ram retreats by its elastic part as force leaks away");
    }
}
