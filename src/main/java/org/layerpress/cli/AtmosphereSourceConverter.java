package org.layerpress.cli;

import org.layerpress.station.StationGlovebox;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** {@code --atmosphere-source opcua|modbus}: a wrong word is a usage error in words, before anything starts. */
final class AtmosphereSourceConverter implements ITypeConverter<StationGlovebox.Source> {

    @Override
    public StationGlovebox.Source convert(String value) {
        try {
            return StationGlovebox.Source.parse(value);
        } catch (IllegalArgumentException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
