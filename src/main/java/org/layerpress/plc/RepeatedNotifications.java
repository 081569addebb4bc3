package org.layerpress.plc;

import java.util.ArrayDeque;
import java.util.HashSet;
import java.util.Set;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;

/**
 * Notices a notification of one monitored item that arrives a second time. Under load the client
 * can be handed the same notification message twice (a publish it already had, asked for again and
 * republished), and each of its values would otherwise reach the listeners twice: a sample recorded
 * twice, a trace going back in time. A repeat is the same value with the same status and the same
 * source and server timestamps, which two real samples never share (the server stamps each one).
 * The last {@link #REMEMBERED} values are remembered, more than a republished message holds per
 * item. One per monitored item, called on Milo's delivery thread.
 */
final class RepeatedNotifications {

    static final int REMEMBERED = 256;

    private final ArrayDeque<DataValue> order = new ArrayDeque<>(REMEMBERED);
    private final Set<DataValue> seen = new HashSet<>();

    /** Whether this value is new; a value without any timestamp is always new (nothing tells a repeat apart). */
    synchronized boolean firstTime(DataValue value) {
        if (value.sourceTime() == null && value.serverTime() == null) {
            return true;
        }
        if (!seen.add(value)) {
            return false;
        }
        order.addLast(value);
        if (order.size() > REMEMBERED) {
            seen.remove(order.removeFirst());
        }
        return true;
    }
}
