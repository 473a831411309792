package vn.egov.portal.platform.rest;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.bind.JsonbException;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.egov.portal.platform.control.Phrase;
import vn.egov.portal.platform.web.BodyTooLargeException;

/**
 * Every JSON request body of the API is read here, before JSON-B binds it: malformed JSON, text that
 * is not UTF-8, nesting deeper than any payload has, and values of the wrong type or out of range
 * become a 400 problem naming each offending field (413 past the body limit), instead of an exception
 * deep in the binder that ends as a 500 with the value in the log. Takes precedence over the
 * platform's own JSON-B reader because application providers win over built-in ones.
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    /** Deeper than any payload of the API; deep enough nesting would overflow a recursive reader. */
    static final int MAX_DEPTH = 32;

    private static final Jsonb JSONB = JsonbBuilder.create();

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type != String.class
                && type != byte[].class
                && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type)
                && !JsonValue.class.isAssignableFrom(type);
    }

    @Override
    public Object readFrom(
            Class<Object> type,
            Type genericType,
            Annotation[] annotations,
            MediaType mediaType,
            MultivaluedMap<String, String> headers,
            InputStream entity)
            throws IOException {
        byte[] body = readAll(entity);
        if (body.length == 0) {
            return null;
        }
        JsonValue tree = parse(body);
        Map<String, Phrase> problems = JsonShape.problems(tree, genericType);
        if (!problems.isEmpty()) {
            throw new UnreadableBodyException(Phrase.of("api.error.json.fields"), problems);
        }
        try {
            return JSONB.fromJson(new ByteArrayInputStream(body), genericType);
        } catch (JsonbException unbindable) {
            throw new UnreadableBodyException(Phrase.of("api.error.json.shape"), Map.of());
        }
    }

    private static byte[] readAll(InputStream entity) throws IOException {
        try {
            return entity.readAllBytes();
        } catch (BodyTooLargeException tooLarge) {
            throw UnreadableBodyException.tooLarge(tooLarge.limit());
        }
    }

    /** Syntax, encoding and depth first, with a streaming parser that cannot overflow; then the tree. */
    private static JsonValue parse(byte[] body) {
        try {
            checkDepth(body);
            try (JsonReader reader = Json.createReader(utf8(body))) {
                return reader.readValue();
            }
        } catch (JsonParsingException malformed) {
            JsonLocation at = malformed.getLocation();
            throw new UnreadableBodyException(
                    Phrase.of("api.error.json.syntax", at.getLineNumber(), at.getColumnNumber()), Map.of());
        } catch (JsonException unreadable) {
            boolean encoding = unreadable.getCause() instanceof CharacterCodingException;
            throw new UnreadableBodyException(
                    Phrase.of(encoding ? "api.error.json.encoding" : "api.error.json.unreadable"), Map.of());
        }
    }

    private static void checkDepth(byte[] body) {
        int depth = 0;
        try (JsonParser parser = Json.createParser(utf8(body))) {
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.START_ARRAY || event == JsonParser.Event.START_OBJECT) {
                    if (++depth > MAX_DEPTH) {
                        throw new UnreadableBodyException(Phrase.of("api.error.json.depth", MAX_DEPTH), Map.of());
                    }
                } else if (event == JsonParser.Event.END_ARRAY || event == JsonParser.Event.END_OBJECT) {
                    depth--;
                }
            }
        }
    }

    private static Reader utf8(byte[] body) {
        CharsetDecoder strict = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(new ByteArrayInputStream(body), strict);
    }
}
