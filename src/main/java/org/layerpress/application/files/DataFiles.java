package org.layerpress.application.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.layerpress.domain.InputLimits;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Node;

/**
 * The bounds every YAML data file (recipe, plc-mapping) is read within ({@link InputLimits}): its
 * size, checked before a byte is parsed (a huge file is refused at once instead of keeping the
 * import busy), and the parser's own limits on aliases, nesting and length, so an alias bomb is
 * refused while it is composed. Every refusal is a {@link FileProblemException} naming the file and
 * the limit.
 */
public final class DataFiles {

    /** The key a problem with the file as a whole is reported at. */
    public static final String FILE_KEY = "(file)";
    /** The key a problem found by the YAML parser is reported at. */
    public static final String YAML_KEY = "(yaml)";

    private DataFiles() {
    }

    /**
     * The text of {@code path} as UTF-8, refused without reading it when it is over {@code maxBytes}
     * (and, should it grow meanwhile, after reading at most one byte more than the limit).
     *
     * @param kind how the message names the file ("a recipe file")
     */
    public static String read(Path path, String kind, int maxBytes, YamlSection.Problems problems) {
        String file = path.toString();
        try {
            long size = Files.size(path);
            if (size > maxBytes) {
                throw problems.at(0, FILE_KEY, InputLimits.fileTooLarge(kind, size, maxBytes));
            }
            try (InputStream in = Files.newInputStream(path)) {
                return read(file, in, kind, maxBytes, problems);
            }
        } catch (IOException e) {
            throw problems.at(0, FILE_KEY, "cannot read " + file + ": " + e.getMessage());
        }
    }

    /** As {@link #read(Path, String, int, YamlSection.Problems)}, from a stream (a file on the classpath). */
    public static String read(String file, InputStream in, String kind, int maxBytes, YamlSection.Problems problems) {
        byte[] bytes;
        try {
            bytes = in.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw problems.at(0, FILE_KEY, "cannot read " + file + ": " + e.getMessage());
        }
        if (bytes.length > maxBytes) {
            throw problems.at(0, FILE_KEY, InputLimits.fileTooLarge(kind, maxBytes));
        }
        ByteBuffer input = ByteBuffer.wrap(bytes);
        CharBuffer text = CharBuffer.allocate(bytes.length);
        CoderResult result = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT).decode(input, text, true);
        if (result.isError()) {
            // The decoder stops at the first bad byte: name its line, so the person can find it in an editor.
            int at = input.position();
            int line = 1;
            for (int i = 0; i < at; i++) {
                line += bytes[i] == '\n' ? 1 : 0;
            }
            throw problems.at(line, FILE_KEY, String.format(Locale.ROOT, "not UTF-8 text: byte %,d (0x%02X) on this line is not UTF-8; "
                    + "save the file as UTF-8", at + 1, bytes[at] & 0xff));
        }
        return text.flip().toString();
    }

    /** Refuses a text (a file already read by someone else) over {@code maxBytes} in UTF-8, before it is parsed. */
    public static void requireSize(String text, String kind, int maxBytes, YamlSection.Problems problems) {
        if (text.length() > maxBytes) {
            // Every character is at least one byte: no need to encode a huge text to know it is too large.
            throw problems.at(0, FILE_KEY, InputLimits.fileTooLarge(kind, utf8Length(text), maxBytes));
        }
        long bytes = utf8Length(text);
        if (bytes > maxBytes) {
            throw problems.at(0, FILE_KEY, InputLimits.fileTooLarge(kind, bytes, maxBytes));
        }
    }

    /** The UTF-8 size of a text, without encoding it. */
    public static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The parser's options for every data file: duplicate keys refused, and the alias, nesting and length limits. */
    public static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(false);
        options.setAllowRecursiveKeys(false);
        options.setMaxAliasesForCollections(InputLimits.YAML_COLLECTION_ALIASES_MAX);
        options.setNestingDepthLimit(InputLimits.YAML_NESTING_MAX);
        options.setCodePointLimit(InputLimits.YAML_CODE_POINTS_MAX);
        return options;
    }

    /**
     * The node tree of {@code text} within {@link #loaderOptions()}; a YAML error or a parser limit
     * becomes a problem at its line, {@code describe} turning the parser's words into the message.
     */
    public static Node compose(String text, YamlSection.Problems problems, Function<String, String> describe) {
        try {
            return new Yaml(loaderOptions()).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw problems.at(line, YAML_KEY, describe.apply(tagWords(e.getProblem())));
        } catch (YAMLException e) {
            throw problems.at(0, YAML_KEY, limitWords(e.getMessage()).orElseGet(() -> describe.apply(e.getMessage())));
        }
    }

    /**
     * A global tag ({@code !!java.lang.Runtime}, {@code !!binary}) is refused by the parser, whose words
     * name a Java class; the person needs to know only that tags have no place in a data file.
     */
    private static String tagWords(String parserProblem) {
        String p = parserProblem == null ? "" : parserProblem;
        return p.startsWith("Global tag is not allowed")
                ? "a type tag (!!name) is not allowed in a data file: write the value plainly"
                : p;
    }

    /** The parser's refusal of a limit, in words that name the limit. */
    private static Optional<String> limitWords(String parserMessage) {
        String m = parserMessage == null ? "" : parserMessage;
        if (m.startsWith("Number of aliases")) {
            return Optional.of("too many aliases: a list or section may be repeated by an alias (*name) at most "
                    + InputLimits.YAML_COLLECTION_ALIASES_MAX + " times in a file (an alias bomb would stand for gigabytes)");
        }
        if (m.startsWith("Nesting Depth")) {
            return Optional.of("nested too deep: lists and sections may nest at most " + InputLimits.YAML_NESTING_MAX + " levels");
        }
        if (m.contains("exceeds the limit")) {
            return Optional.of(String.format(Locale.ROOT, "too long: at most %,d characters are read", InputLimits.YAML_CODE_POINTS_MAX));
        }
        return Optional.empty();
    }
}
