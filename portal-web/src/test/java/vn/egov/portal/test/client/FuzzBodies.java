package vn.egov.portal.test.client;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Bad request bodies for one body type, the way an outside fuzz sends them: broken JSON of every
 * kind, then, from a well-formed body of the right shape, each field in turn replaced by a wrong
 * type, an impossible date or number, a huge string or odd Unicode. Values are raw JSON text, so
 * literals no serialiser would write (1e400, a lone surrogate escape) can be sent.
 */
public final class FuzzBodies {

    /** One body: what it tries, and its bytes. */
    public record Body(String label, byte[] bytes) {}

    private static final List<String> SYNTAX = List.of(
            "",
            " ",
            "{",
            "}",
            "[",
            "{\"a\":",
            "{\"a\" 1}",
            "{'a':1}",
            "{\"a\":1,}",
            "{a:1}",
            "nul",
            "null",
            "true",
            "0",
            "-",
            "1e999999999",
            "\"text\"",
            "[]",
            "[{}]",
            "{}",
            "\uFEFF{}",
            "{\"x\":1,\"x\":2}",
            "{\"a\":\"\\ud800\"}",
            "{\"a\":\"\\u0000\"}",
            "{\"a\":\"\\x41\"}",
            "{\"a\":01}",
            "{\"a\":NaN}");

    private static final List<String> NOT_TEXT = List.of("123", "true", "[]", "{}", "[\"x\"]");
    private static final List<String> ODD_TEXT = List.of(
            json("Thủ tục\u0000cấp phép"),
            json("Hồ sơ \u202Efdp.exe"),
            "\"x\\ud800y\"",
            "\"\\udc00\"",
            json("\u200B\u200B\u200B"),
            json("\uFFFF"),
            json("a\u0301".repeat(5_000)),
            json("\uD83D\uDE4F".repeat(1_000)),
            json("x".repeat(200_000)),
            json("' OR '1'='1' --"),
            json("<img src=x onerror=alert(1)>"),
            json("../../../../etc/passwd"),
            json("%00%0d%0a"),
            json("${jndi:ldap://127.0.0.1/x}"),
            json("#{facesContext}"));
    private static final List<String> NOT_BOOLEAN = List.of("\"yes\"", "1", "\"true\"", "[]", "null");
    private static final List<String> NOT_INTEGER = List.of(
            "1.5",
            "1e400",
            "-1e400",
            "99999999999999999999999",
            "-9223372036854775809",
            "-1",
            "0",
            "\"1\"",
            "true",
            "[]",
            "1e999999999");
    private static final List<String> NOT_CHOICE = List.of("\"NOPE\"", "5", "\"\"", "\"individual\"", "[]", "{}");
    private static final List<String> NOT_DATE = List.of(
            "\"2026-13-45\"",
            "\"2026-02-30\"",
            "\"0000-00-00\"",
            "\"+999999999-12-31\"",
            "\"-999999999-01-01\"",
            "20260101",
            "\"\"",
            "\"yesterday\"",
            "\"15/01/2014\"",
            "[]");
    private static final List<String> NOT_LIST =
            List.of("\"x\"", "{}", "5", "[null]", "[1,2,3]", "[" + "null,".repeat(9_999) + "null]");
    private static final List<String> NOT_MAP =
            List.of("[]", "\"x\"", "{\"k\":{}}", "{\"k\":[1]}", "{\"\\u0000\":\"v\"}", "{\"k\":null}");
    private static final List<String> NOT_OBJECT = List.of("[]", "\"x\"", "5", "null");

    private FuzzBodies() {}

    public static List<Body> of(Type type) {
        List<Body> bodies = new ArrayList<>();
        SYNTAX.forEach(text -> bodies.add(body("syntax " + abbreviated(text), text)));
        bodies.add(new Body(
                "syntax invalid UTF-8", new byte[] {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'}));
        bodies.add(body("syntax 10000 nested arrays", "[".repeat(10_000) + "]".repeat(10_000)));
        bodies.add(body("syntax 40 nested objects", "{\"a\":".repeat(40) + "1" + "}".repeat(40)));
        bodies.add(body("syntax 2 MB of spaces", " ".repeat(2 * 1024 * 1024) + "{}"));
        if (type != null) {
            bodies.add(body("well-formed", sample(type)));
            mutations(type, "", bodies);
        }
        return bodies;
    }

    /** Each field of the body in turn replaced by every wrong value for its type; nested records too. */
    private static void mutations(Type type, String prefix, List<Body> out) {
        Class<?> raw = raw(type);
        if (!raw.isRecord()) {
            wrongValues(type).forEach(value -> out.add(body("body=" + abbreviated(value), value)));
            return;
        }
        for (RecordComponent component : raw.getRecordComponents()) {
            for (String value : wrongValues(component.getGenericType())) {
                out.add(body(prefix + component.getName() + "=" + abbreviated(value), replaced(raw, component, value)));
            }
            Type inner = elementOrSelf(component.getGenericType());
            if (raw(inner).isRecord() && inner != type && prefix.isEmpty()) {
                for (RecordComponent nested : raw(inner).getRecordComponents()) {
                    for (String value : wrongValues(nested.getGenericType())) {
                        String element = replaced(raw(inner), nested, value);
                        String wrapped = isCollection(component.getGenericType()) ? "[" + element + "]" : element;
                        out.add(body(
                                component.getName() + "." + nested.getName() + "=" + abbreviated(value),
                                replaced(raw, component, wrapped)));
                    }
                }
            }
        }
    }

    private static List<String> wrongValues(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return concat(NOT_TEXT, ODD_TEXT);
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return NOT_BOOLEAN;
        }
        if (raw == int.class || raw == long.class || raw == Integer.class || raw == Long.class) {
            return NOT_INTEGER;
        }
        if (raw.isEnum()) {
            return NOT_CHOICE;
        }
        if (raw == LocalDate.class) {
            return NOT_DATE;
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return NOT_LIST;
        }
        if (Map.class.isAssignableFrom(raw)) {
            return NOT_MAP;
        }
        return NOT_OBJECT;
    }

    /** A body of the right shape: every field present with a plausible value. */
    static String sample(Type type) {
        Class<?> raw = raw(type);
        if (raw == String.class) {
            return "\"fuzz\"";
        }
        if (raw == boolean.class || raw == Boolean.class) {
            return "true";
        }
        if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            return "1";
        }
        if (raw.isEnum()) {
            return json(((Enum<?>) raw.getEnumConstants()[0]).name());
        }
        if (raw == LocalDate.class) {
            return json(LocalDate.now().plusDays(7).toString());
        }
        if (Collection.class.isAssignableFrom(raw)) {
            return "[" + sample(elementOrSelf(type)) + "]";
        }
        if (Map.class.isAssignableFrom(raw)) {
            return "{\"fuzz\":\"fuzz\"}";
        }
        if (raw.isRecord()) {
            Map<String, String> fields = new LinkedHashMap<>();
            for (RecordComponent component : raw.getRecordComponents()) {
                fields.put(component.getName(), sample(component.getGenericType()));
            }
            return object(fields);
        }
        return "{}";
    }

    private static String replaced(Class<?> record, RecordComponent target, String value) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (RecordComponent component : record.getRecordComponents()) {
            fields.put(
                    component.getName(),
                    component.getName().equals(target.getName()) ? value : sample(component.getGenericType()));
        }
        return object(fields);
    }

    private static String object(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(field -> json(field.getKey()) + ":" + field.getValue())
                .collect(Collectors.joining(",", "{", "}"));
    }

    /** A JSON string literal with everything outside printable ASCII escaped, lone surrogates included. */
    static String json(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7E) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    private static Body body(String label, String text) {
        return new Body(label, text.getBytes(StandardCharsets.UTF_8));
    }

    private static String abbreviated(String value) {
        String oneLine = value.replaceAll("\\s", " ");
        return oneLine.length() <= 24 ? oneLine : oneLine.substring(0, 20) + "…(" + value.length() + ")";
    }

    private static Type elementOrSelf(Type type) {
        if (type instanceof ParameterizedType parameterized && isCollection(type)) {
            return parameterized.getActualTypeArguments()[0];
        }
        return type;
    }

    private static boolean isCollection(Type type) {
        return Collection.class.isAssignableFrom(raw(type));
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static <T> List<T> concat(List<T> first, List<T> second) {
        List<T> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
