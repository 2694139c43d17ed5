package org.entente.cms.rest;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * JSON bodies through one JSON-B instance, on every server. The application's own provider wins over
 * the server's (Jakarta REST says so), which keeps the JSON the same whatever the server would pick:
 * WildFly, for one, switches a deployment to Jackson when a library in it carries Jackson annotations.
 * One instance also spares building JSON-B's model of a type on every request.
 */
@Provider
@ApplicationScoped
@Consumes({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
@Produces({MediaType.APPLICATION_JSON, Problem.MEDIA_TYPE})
public class JsonbProvider implements MessageBodyReader<Object>, MessageBodyWriter<Object> {
    private final Jsonb jsonb = JsonbBuilder.create();

    /** Strings, bytes and streams are passed through by the server's own providers. */
    private static boolean json(Class<?> type) {
        return type != String.class && type != byte[].class && !InputStream.class.isAssignableFrom(type)
                && !jakarta.ws.rs.core.StreamingOutput.class.isAssignableFrom(type) && !jakarta.json.JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return json(type);
    }

    /** An empty body is null (the resource answers 400); JSON that does not fit the type is a 400 too. */
    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream body) throws IOException {
        PushbackInputStream in = new PushbackInputStream(body, 1);
        int first = in.read();
        if (first < 0) {
            return null;
        }
        in.unread(first);
        try {
            return jsonb.fromJson(in, genericType);
        } catch (JsonbException e) {
            throw new BadRequestException("The request body is not valid JSON for this endpoint: " + ProblemMappers.rootMessage(e), e);
        }
    }

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return json(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) {
        jsonb.toJson(value, genericType, out);
    }

    @PreDestroy
    void close() {
        try {
            jsonb.close();
        } catch (Exception e) {
            // nothing held that outlives the application
        }
    }
}
