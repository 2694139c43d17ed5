package org.entente.model.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Reads the model's bundled tab-separated data files: UTF-8, {@code #} comment lines, one record a
 * line, a fixed number of columns. A malformed bundled file is a build defect, so it fails loudly
 * with the file and line rather than being skipped. Internal: not exported from the module.
 */
public final class TabularResource {
    private TabularResource() {
    }

    /**
     * One row of a file.
     *
     * @param line  its line number, from 1, for messages
     * @param cells its cells, stripped
     */
    public record Row(int line, String[] cells) {
    }

    /**
     * The rows of the resource {@code name}, looked up relative to {@code anchor}'s package.
     *
     * @param anchor  a class in the package that holds the resource
     * @param name    the resource's file name
     * @param columns how many columns every row has
     * @return the rows, each exactly {@code columns} long, with cells stripped
     */
    public static List<String[]> read(Class<?> anchor, String name, int columns) {
        return read(anchor.getResourceAsStream(name), name, columns);
    }

    /**
     * The rows of a bundled resource that its own module has opened: resources are encapsulated in
     * their module, so a module reading its own data opens the stream and hands it over.
     *
     * @param in      the resource's stream, or null if it is missing (which fails)
     * @param name    the resource's name, for messages
     * @param columns how many columns every row has
     */
    public static List<String[]> read(InputStream in, String name, int columns) {
        return cells(rows(in, name, columns));
    }

    /** As {@link #read(InputStream, String, int)}, with each row's line number. */
    public static List<Row> rows(InputStream in, String name, int columns) {
        if (in == null) {
            throw new IllegalStateException("Missing bundled resource " + name);
        }
        try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
            return rows(reader, name, columns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled resource " + name, e);
        }
    }

    /**
     * The rows of a tab-separated file supplied by a user.
     *
     * @throws IllegalArgumentException naming the file and line when a row has the wrong number of
     *                                  columns or the file is not UTF-8
     * @throws UncheckedIOException     when the file cannot be read
     */
    public static List<String[]> read(Path file, int columns) {
        return cells(rows(file, columns));
    }

    /** As {@link #read(Path, int)}, with each row's line number. */
    public static List<Row> rows(Path file, int columns) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalArgumentException(file + " line " + firstMalformedLine(bytes) + ": not UTF-8 text", e);
        }
        try {
            return rows(new StringReader(text), file.toString(), columns);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The line, from 1, of the first byte sequence that is not UTF-8. */
    private static int firstMalformedLine(byte[] bytes) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        StandardCharsets.UTF_8.newDecoder().decode(in, CharBuffer.allocate(bytes.length), true);
        int line = 1;
        for (int i = 0; i < in.position(); i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    private static List<String[]> cells(List<Row> rows) {
        return rows.stream().map(Row::cells).toList();
    }

    private static List<Row> rows(Reader source, String name, int columns) throws IOException {
        List<Row> rows = new ArrayList<>();
        BufferedReader reader = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = reader.readLine()) != null) {
            number++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] cells = line.split("\t", -1);
            if (cells.length != columns) {
                throw new IllegalStateException(name + " line " + number + ": expected " + columns
                        + " tab-separated columns, found " + cells.length);
            }
            rows.add(new Row(number, Arrays.stream(cells).map(String::strip).toArray(String[]::new)));
        }
        return List.copyOf(rows);
    }

    /** Splits a {@code |}- or {@code ;}-separated cell into its non-blank parts. */
    public static List<String> split(String cell, char separator) {
        Objects.requireNonNull(cell, "cell");
        if (cell.isBlank()) {
            return List.of();
        }
        return Arrays.stream(cell.split(java.util.regex.Pattern.quote(String.valueOf(separator))))
                .map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    /** Parses a decimal cell; blank means null. */
    public static Double decimalOrNull(String cell) {
        return cell == null || cell.isBlank() ? null : Double.valueOf(cell);
    }
}
