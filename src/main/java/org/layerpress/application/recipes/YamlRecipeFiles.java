package org.layerpress.application.recipes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import org.layerpress.application.files.DataFiles;
import org.layerpress.domain.InputLimits;
import org.layerpress.domain.recipe.RecipeDefinition;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * Recipe files in the format {@value #FORMAT} (docs/recipe-format.md): YAML, or the same tree as
 * JSON. Every quantity carries its unit in its value ({@code pressure: 360 MPa}), so a file never
 * depends on a site's display unit and a bare number is refused.
 *
 * <p>Parsing works on the SnakeYAML node tree, like {@code MappingLoader}, so each error names the
 * file, the line and the key ({@code steps[5].pressure}; steps count from 1, as on screen) and says
 * what was expected. Unknown and duplicate keys are errors. Parsing builds a definition or fails; it
 * does not run the {@code RecipeValidator} (the use case does, and reports violations by step).
 *
 * <p>Writing keeps numbers exact: each is written in the shortest decimal form that reads back as
 * the same {@code double}, so {@code parse(toYaml(d))} and {@code parse(toJson(d))} equal {@code d}.
 *
 * <p>This class is the door; the work is {@link RecipeFileReader}'s (with {@link RecipeSection} for
 * the value types) and {@link RecipeFileWriter}'s.
 */
public final class YamlRecipeFiles implements RecipeFiles {

    /** The format name and version every recipe file starts with. */
    public static final String FORMAT = "layerpress-recipe/1";

    /** How a refusal names a recipe file. */
    static final String FILE_KIND = "a recipe file";

    private static final ObjectMapper JSON = new ObjectMapper();

    @Override
    public String toYaml(RecipeDefinition definition) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setSplitLines(false);
        options.setWidth(Integer.MAX_VALUE);
        options.setAllowUnicode(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        return new Yaml(options).dump(RecipeFileWriter.tree(definition));
    }

    @Override
    public String toJson(RecipeDefinition definition) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return JSON.writer(printer).writeValueAsString(RecipeFileWriter.tree(definition)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of maps, lists, strings and booleans always serialises", e);
        }
    }

    @Override
    public RecipeDefinition parse(String fileName, String text) throws RecipeFileException {
        return new RecipeFileReader(fileName, true).parse(text);
    }

    @Override
    public RecipeDefinition parse(Path file) throws RecipeFileException {
        String name = file.getFileName() == null ? file.toString() : file.getFileName().toString();
        String text = DataFiles.read(file, FILE_KIND, InputLimits.RECIPE_FILE_MAX_BYTES,
                (line, key, problem) -> new RecipeFileException(name, line, key, problem));
        return new RecipeFileReader(name, true).parse(text);
    }

    @Override
    public RecipeDefinition parseStored(String where, String text) throws RecipeFileException {
        return new RecipeFileReader(where, false).parse(text);
    }
}
