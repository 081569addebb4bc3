package org.layerpress.plc;

import java.util.ArrayList;
import java.util.List;
import org.eclipse.milo.opcua.stack.core.UaException;
import org.eclipse.milo.opcua.stack.core.types.builtin.DataValue;
import org.eclipse.milo.opcua.stack.core.types.builtin.NodeId;
import org.eclipse.milo.opcua.stack.core.types.builtin.StatusCode;
import org.eclipse.milo.opcua.stack.core.types.enumerated.TimestampsToReturn;
import org.layerpress.application.mapping.PressMapping;
import org.layerpress.application.mapping.SignalSpec;
import org.layerpress.application.press.PressLinkException;
import org.layerpress.application.press.SignalReading;
import org.layerpress.opcua.OpcTypes;

/** One read of every mapped variable (methods have no value), for commissioning: raw beside scaled, status in words. */
final class SignalReader {

    private final List<SignalSpec> variables;
    private final ReconnectLoop link;

    SignalReader(PressMapping mapping, ReconnectLoop link) {
        this.variables = mapping.all().stream().filter(s -> !s.isMethod()).toList();
        this.link = link;
    }

    List<SignalReading> readAll() throws PressLinkException {
        PlcConnection c = link.require("read all signals");
        List<NodeId> ids = variables.stream().map(c::nodeId).toList();
        List<DataValue> values;
        try {
            values = c.client().readValues(0, TimestampsToReturn.Both, ids);
        } catch (UaException e) {
            throw new PressLinkException("read all signals failed: " + StatusText.describe(e), e);
        }
        List<SignalReading> readings = new ArrayList<>(variables.size());
        for (int i = 0; i < variables.size(); i++) {
            SignalSpec spec = variables.get(i);
            DataValue value = values.get(i);
            Object v = value.value() == null ? null : value.value().value();
            double raw = OpcTypes.toRaw(v);
            Double engineering = Double.isNaN(raw) ? null : spec.toEngineering(raw);
            StatusCode status = value.statusCode() == null ? StatusCode.GOOD : value.statusCode();
            SampleCheck.Checked checked = SampleCheck.check(spec, value);
            String words = !status.isGood() || checked.good() ? StatusText.name(status) : "bad data: " + checked.problem();
            readings.add(new SignalReading(spec.signal(), ids.get(i).toParseableString(), v == null ? "" : String.valueOf(v),
                    engineering, spec.unit(), checked.good(), words));
        }
        return readings;
    }
}
