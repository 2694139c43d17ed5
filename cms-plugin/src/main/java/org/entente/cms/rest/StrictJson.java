package org.entente.cms.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonParser;
import jakarta.ws.rs.BadRequestException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackInputStream;
import java.io.Reader;
import java.lang.reflect.RecordComponent;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.temporal.Temporal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Strict reading of the request records ({@link AnalyzeRequest}, {@link DecisionRequest}): a body is
 * one JSON object in UTF-8 whose fields are the record's, each given at most once with a value of its
 * JSON type (a string for text and dates, a number, true or false) or null; anything else is a 400
 * naming what is wrong. The body is read as a stream of JSON tokens and refused at the first that does
 * not fit, so deep nesting, long arrays and bytes that are not UTF-8 cost nothing but the read.
 *
 * <p>The resources take their bodies as streams and read them here, rather than through a
 * {@code MessageBodyReader}: which reader a server picks for a type differs (GlassFish's Jersey prefers
 * its own JSON-B reader to the WAR's), and that reader never finishes skipping an unclosed, deeply
 * nested value.
 */
final class StrictJson {
    private static final Jsonb JSONB = JsonbBuilder.create();

    private StrictJson() {
    }

    /**
     * The request record in {@code body}, or null for an empty body (the resource answers 400).
     *
     * @throws BadRequestException for anything but a conforming object
     */
    static <T extends Record> T parse(Class<T> type, InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        int first = in.read();
        if (first < 0) {
            return null;
        }
        in.unread(first);
        String checked = read(type, in);
        try {
            return JSONB.fromJson(checked, type);
        } catch (JsonbException e) { // a value JSON-B cannot convert, such as a date that is no date
            throw new BadRequestException("The request body is not valid JSON for this endpoint: " + ProblemMappers.rootMessage(e), e);
        }
    }

    /** The JSON type a component takes, or null for one this reader does not handle. */
    private static String kind(Class<?> type) {
        if (type == String.class || Temporal.class.isAssignableFrom(type) || type.isEnum()) {
            return "a string";
        }
        if (type == boolean.class || type == Boolean.class) {
            return "true or false";
        }
        if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
            return "a number";
        }
        return null;
    }

    /**
     * The body, checked against {@code type}'s fields and written again as compact JSON for JSON-B to bind.
     *
     * @throws BadRequestException for a body that is not such an object
     */
    static String read(Class<?> type, InputStream body) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent c : type.getRecordComponents()) {
            fields.put(c.getName(), kind(c.getType()));
        }
        String expected = "a JSON object with the fields " + fields.keySet().stream().map(f -> "\"" + f + "\"")
                .collect(Collectors.joining(", "));
        Reader utf8 = new InputStreamReader(body, StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT));
        JsonObjectBuilder checked = Json.createObjectBuilder();
        Set<String> seen = new HashSet<>();
        try (JsonParser parser = Json.createParser(utf8)) {
            if (!parser.hasNext() || parser.next() != JsonParser.Event.START_OBJECT) {
                throw new BadRequestException("The request body must be " + expected);
            }
            for (JsonParser.Event event = parser.next(); event != JsonParser.Event.END_OBJECT; event = parser.next()) {
                String name = parser.getString();
                String kind = fields.get(name);
                if (kind == null) {
                    throw new BadRequestException("Unknown field \"" + Problem.clip(name) + "\": the request body must be " + expected);
                }
                if (!seen.add(name)) {
                    throw new BadRequestException("The field \"" + name + "\" is given twice");
                }
                JsonParser.Event value = parser.next();
                switch (value) { // the type is checked before the value is read: a wrong one is never converted
                    case VALUE_NULL -> checked.addNull(name);
                    case VALUE_STRING -> checked.add(name, fits(parser, kind, "a string", name).getString());
                    case VALUE_NUMBER -> checked.add(name, number(fits(parser, kind, "a number", name), name));
                    case VALUE_TRUE, VALUE_FALSE -> checked.add(name, fits(parser, kind, "true or false", name) != null && value == JsonParser.Event.VALUE_TRUE);
                    default -> throw new BadRequestException("\"" + name + "\" must be " + kind + " or null, not an "
                            + (value == JsonParser.Event.START_ARRAY ? "array" : "object"));
                }
            }
            if (parser.hasNext()) { // a conforming parser fails here on anything after the object
                throw new BadRequestException("Nothing may follow the JSON object of the request body");
            }
        } catch (JsonException e) {
            BodyLimitFilter.drain(body);
            if (codingError(e)) {
                throw new BadRequestException("The request body is not UTF-8 text");
            }
            throw new BadRequestException("The request body is not valid JSON: " + ProblemMappers.rootMessage(e));
        } catch (BadRequestException e) {
            BodyLimitFilter.drain(body); // refused at its first wrong token: the rest is read so that the answer arrives
            throw e;
        }
        return checked.build().toString();
    }

    /** The parser, if the value it stands on is of the field's JSON type; otherwise a 400. */
    private static JsonParser fits(JsonParser parser, String kind, String given, String name) {
        if (!kind.equals(given)) {
            throw new BadRequestException("\"" + name + "\" must be " + kind + " or null, not " + given);
        }
        return parser;
    }

    /** The number the parser stands on; one too long for the JSON parser to convert (Parsson allows 1,100 digits) is a 400. */
    private static java.math.BigDecimal number(JsonParser parser, String name) {
        try {
            return parser.getBigDecimal();
        } catch (RuntimeException e) {
            throw new BadRequestException("\"" + name + "\" is not a number this service can read: " + ProblemMappers.rootMessage(e));
        }
    }

    private static boolean codingError(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof CharacterCodingException) {
                return true;
            }
        }
        return false;
    }
}
