package org.layerpress.application.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.layerpress.domain.density.MaterialTable;
import org.layerpress.domain.density.TheoreticalDensity;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a material table (format {@code layerpress-materials/1}, docs/press-domain.md#the-material-table):
 * each entry a material with either a theoretical density and its source, or the reason it has none.
 * A bad entry fails the whole file with file, line and key; a value without a source is refused.
 */
public final class MaterialTableFile {

    public static final String FORMAT = "layerpress-materials/1";
    /** The table the station ships with. */
    public static final String BUNDLED = "/org/layerpress/materials/theoretical-densities.yaml";
    private static final int MAX_BYTES = 64 * 1024;

    private MaterialTableFile() {
    }

    /** The shipped table; a broken one is a build error, so it fails loudly. */
    public static MaterialTable bundled() {
        try (InputStream in = MaterialTableFile.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("the material table " + BUNDLED + " is missing from the build");
            }
            YamlSection.Problems problems = (line, key, problem) -> new FileProblemException(BUNDLED, line, key, problem);
            return parse(BUNDLED, DataFiles.read(BUNDLED, in, "material table", MAX_BYTES, problems));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static MaterialTable parse(String file, String text) {
        YamlSection.Problems problems = (line, key, problem) -> new FileProblemException(file, line, key, problem);
        Node root = DataFiles.compose(text, problems, p -> "not valid YAML: " + p);
        if (root == null) {
            throw problems.at(1, YamlSection.ROOT, "the file is empty; a material table starts with 'format: " + FORMAT + "'");
        }
        YamlSection top = YamlSection.root(root, problems);
        top.allowOnly("format", "materials");
        String format = top.requiredText("format");
        if (!format.equals(FORMAT)) {
            throw top.error(top.node("format"), "format", "unsupported format '" + format + "': this LayerPress reads " + FORMAT);
        }
        if (!(top.node("materials") instanceof SequenceNode list)) {
            throw top.error(top.node("materials"), "materials", "expected a list of materials, each item starting with '- material: ...'");
        }
        Map<String, TheoreticalDensity> values = new LinkedHashMap<>();
        Map<String, String> without = new LinkedHashMap<>();
        for (int i = 0; i < list.getValue().size(); i++) {
            Node item = list.getValue().get(i);
            String at = "materials[" + (i + 1) + "].";
            YamlSection e = YamlSection.root(item, (line, key, problem) -> problems.at(line, at + key, problem));
            e.allowOnly("material", "density", "source", "unverified");
            String material = e.requiredText("material");
            if (e.has("density") == e.has("unverified")) {
                throw e.error(item, "density", "give either 'density' with its 'source', or 'unverified' with why there is no value");
            }
            if (e.has("unverified")) {
                without.put(material, e.requiredText("unverified"));
                continue;
            }
            if (!e.has("source")) {
                throw e.error(item, "source", "missing: a density without a published source is not used");
            }
            double density = e.quantity("density", "1.9 g/cm3", Quantity.Sign.POSITIVE, "g/cm3").value();
            values.put(material, new TheoreticalDensity(material, density, e.requiredText("source")));
        }
        return new MaterialTable(values, without);
    }
}
