package vn.egov.portal.platform.validation.rest;

import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import jakarta.json.bind.JsonbException;
import jakarta.json.spi.JsonProvider;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.request.web.BodyTooLargeException;

/**
 * Every JSON request body of the API is checked here, before JSON-B binds it: malformed JSON, text
 * that is not UTF-8, nesting deeper than any payload has, and values of the wrong type or out of
 * range become a 400 problem naming each offending field (413 past the body limit), instead of an
 * exception deep in the binder that ends as a 500 with the value in the log. An interceptor, not a
 * reader of its own, so it holds whichever JSON reader the runtime picks.
 */
@Provider
public class JsonBodyCheck implements ReaderInterceptor {

    /** Deeper than any payload of the API; deep enough nesting would overflow a recursive reader. */
    static final int MAX_DEPTH = 32;

    /**
     * Found once: {@code Json.createParser} and {@code Json.createReader} look the provider up through
     * the class loader on every call, a resource scan that every JSON post waited on (JFR, bench/eservice).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        if (!isJson(context.getMediaType()) || !isChecked(context.getType())) {
            return context.proceed();
        }
        byte[] body = readAll(context.getInputStream());
        if (body.length == 0) {
            return null;
        }
        JsonValue tree = parse(body);
        Map<String, Phrase> problems = JsonShape.problems(tree, context.getGenericType());
        if (!problems.isEmpty()) {
            throw new UnreadableBodyException(Phrase.of("api.error.json.fields"), problems);
        }
        context.setInputStream(new ByteArrayInputStream(body));
        try {
            return context.proceed();
        } catch (ProcessingException | JsonbException unbindable) {
            throw new UnreadableBodyException(Phrase.of("api.error.json.shape"), Map.of());
        }
    }

    private static boolean isJson(MediaType type) {
        return type != null
                && ("json".equalsIgnoreCase(type.getSubtype())
                        || type.getSubtype().toLowerCase(java.util.Locale.ROOT).endsWith("+json"));
    }

    private static boolean isChecked(Class<?> type) {
        return type != String.class
                && type != byte[].class
                && !InputStream.class.isAssignableFrom(type)
                && !Reader.class.isAssignableFrom(type)
                && !JsonValue.class.isAssignableFrom(type);
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
            try (JsonReader reader = JSON.createReader(utf8(body))) {
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
        try (JsonParser parser = JSON.createParser(utf8(body))) {
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
