package vn.egov.portal.platform.validation.rest;

import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;
import vn.egov.portal.platform.i18n.control.Phrase;
import vn.egov.portal.platform.i18n.control.Text;

/**
 * Does a parsed JSON body fit the Java type a resource takes? Every value that cannot become its
 * field (a word where a number goes, a month 13, an unknown choice, a number too big, text with
 * characters the portal never stores) is named by its path, e.g. {@code citations[1].issuedOn}, so
 * the client learns all its mistakes in one 400 instead of a 500. The value itself is never repeated.
 * Records, the portal's own beans (a value a form fills field by field, bound through its setters),
 * lists (whose elements are never null), maps, enums, numbers, booleans, strings and java.time dates
 * are checked; any other type is left to the binder.
 */
public final class JsonShape {

    private static final Map<Class<?>, BigDecimal[]> INTEGER_RANGES = Map.of(
            int.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            Integer.class, range(Integer.MIN_VALUE, Integer.MAX_VALUE),
            long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
            Long.class, range(Long.MIN_VALUE, Long.MAX_VALUE),
            short.class, range(Short.MIN_VALUE, Short.MAX_VALUE),
            Short.class, range(Short.MIN_VALUE, Short.MAX_VALUE));

    private static final Map<Class<?>, Function<String, ?>> DATES = Map.of(
            LocalDate.class, LocalDate::parse,
            LocalDateTime.class, LocalDateTime::parse,
            OffsetDateTime.class, OffsetDateTime::parse,
            Instant.class, Instant::parse);

    private final Map<String, Phrase> problems = new LinkedHashMap<>();

    private JsonShape() {}

    /** Path to the problem, in body order; empty when the value fits the type. */
    public static Map<String, Phrase> problems(JsonValue value, Type type) {
        JsonShape shape = new JsonShape();
        shape.check("", value, type);
        return shape.problems;
    }

    private void check(String path, JsonValue value, Type type) {
        Class<?> raw = rawClass(type);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                problem(path, "api.error.json.required");
            }
            return;
        }
        if (raw == String.class) {
            text(path, value);
        } else if (raw == boolean.class || raw == Boolean.class) {
            expect(path, value == JsonValue.TRUE || value == JsonValue.FALSE, "api.error.json.boolean");
        } else if (INTEGER_RANGES.containsKey(raw)) {
            integer(path, value, INTEGER_RANGES.get(raw));
        } else if (Number.class.isAssignableFrom(raw) || raw == double.class || raw == float.class) {
            expect(path, value instanceof JsonNumber, "api.error.json.number");
        } else if (raw.isEnum()) {
            choice(path, value, raw);
        } else if (DATES.containsKey(raw)) {
            date(path, value, DATES.get(raw));
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            elements(path, value, elementType(type));
        } else if (Map.class.isAssignableFrom(raw)) {
            entries(path, value, typeArgument(type, 1));
        } else if (raw.isRecord()) {
            components(path, value, raw);
        } else if (isPortalBean(raw)) {
            properties(path, value, raw);
        }
    }

    private void text(String path, JsonValue value) {
        if (value instanceof JsonString string) {
            expect(path, Text.isStorable(string.getString()), Text.UNSTORABLE);
        } else {
            expect(
                    path,
                    value instanceof JsonNumber || value == JsonValue.TRUE || value == JsonValue.FALSE,
                    "api.error.json.text");
        }
    }

    private void integer(String path, JsonValue value, BigDecimal[] range) {
        BigDecimal exact = value instanceof JsonNumber number ? number.bigDecimalValue() : null;
        if (exact == null || exact.stripTrailingZeros().scale() > 0) {
            problem(path, "api.error.json.integer");
            return;
        }
        expect(
                path,
                exact.compareTo(range[0]) >= 0 && exact.compareTo(range[1]) <= 0,
                "api.error.json.range",
                range[0],
                range[1]);
    }

    private void choice(String path, JsonValue value, Class<?> type) {
        Object[] constants = type.getEnumConstants();
        String[] names = Arrays.stream(constants).map(c -> ((Enum<?>) c).name()).toArray(String[]::new);
        boolean known =
                value instanceof JsonString string && Arrays.asList(names).contains(string.getString());
        expect(path, known, "api.error.json.choice", Arrays.asList(names));
    }

    private void date(String path, JsonValue value, Function<String, ?> parse) {
        if (value instanceof JsonString string) {
            try {
                parse.apply(string.getString());
                return;
            } catch (DateTimeParseException notADate) {
                // reported below, without the value
            }
        }
        problem(path, parse == DATES.get(LocalDate.class) ? "api.error.json.date" : "api.error.json.instant");
    }

    private void elements(String path, JsonValue value, Type element) {
        if (!(value instanceof JsonArray array)) {
            problem(path, "api.error.json.list");
            return;
        }
        for (int i = 0; i < array.size(); i++) {
            JsonValue item = array.get(i);
            if (item.getValueType() == JsonValue.ValueType.NULL) {
                problem(path + "[" + i + "]", "api.error.json.required");
            } else {
                check(path + "[" + i + "]", item, element);
            }
        }
    }

    private void entries(String path, JsonValue value, Type valueType) {
        if (!(value instanceof JsonObject object)) {
            problem(path, "api.error.json.object");
            return;
        }
        for (Map.Entry<String, JsonValue> entry : object.entrySet()) {
            String key = join(path, entry.getKey());
            if (Text.isStorable(entry.getKey())) {
                check(key, entry.getValue(), valueType);
            } else {
                problem(path, Text.UNSTORABLE);
            }
        }
    }

    private void components(String path, JsonValue value, Class<?> record) {
        if (!(value instanceof JsonObject object)) {
            problem(path, "api.error.json.object");
            return;
        }
        for (RecordComponent component : record.getRecordComponents()) {
            JsonValue field = object.get(component.getName());
            if (field != null) {
                check(join(path, component.getName()), field, component.getGenericType());
            }
        }
    }

    private void properties(String path, JsonValue value, Class<?> bean) {
        if (!(value instanceof JsonObject object)) {
            problem(path, "api.error.json.object");
            return;
        }
        for (Method setter : bean.getMethods()) {
            String name = propertyOf(setter);
            JsonValue field = name == null ? null : object.get(name);
            if (field != null) {
                check(join(path, name), field, setter.getGenericParameterTypes()[0]);
            }
        }
    }

    /** A mutable value of the portal's own, which JSON-B binds through a public no-argument constructor. */
    private static boolean isPortalBean(Class<?> type) {
        if (!type.getName().startsWith("vn.egov.portal.") || type.isInterface()) {
            return false;
        }
        try {
            return Modifier.isPublic(type.getConstructor().getModifiers());
        } catch (NoSuchMethodException noDefaultConstructor) {
            return false;
        }
    }

    /** "setIdNumber" → "idNumber"; null for a method that is not a setter. */
    private static String propertyOf(Method method) {
        String name = method.getName();
        if (!name.startsWith("set")
                || name.length() == 3
                || method.getParameterCount() != 1
                || Modifier.isStatic(method.getModifiers())) {
            return null;
        }
        return Character.toLowerCase(name.charAt(3)) + name.substring(4);
    }

    private void expect(String path, boolean fits, String key, Object... args) {
        if (!fits) {
            problem(path, key, args);
        }
    }

    private void problem(String path, String key, Object... args) {
        problems.putIfAbsent(path.isEmpty() ? "body" : path, Phrase.of(key, args));
    }

    private static String join(String path, String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType parameterized) {
            return rawClass(parameterized.getRawType());
        }
        if (type instanceof GenericArrayType array) {
            return java.lang.reflect.Array.newInstance(rawClass(array.getGenericComponentType()), 0)
                    .getClass();
        }
        return Object.class;
    }

    private static Type elementType(Type type) {
        if (type instanceof Class<?> c && c.isArray()) {
            return c.getComponentType();
        }
        if (type instanceof GenericArrayType array) {
            return array.getGenericComponentType();
        }
        return typeArgument(type, 0);
    }

    private static Type typeArgument(Type type, int index) {
        if (type instanceof ParameterizedType parameterized && parameterized.getActualTypeArguments().length > index) {
            return parameterized.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static BigDecimal[] range(long min, long max) {
        return new BigDecimal[] {BigDecimal.valueOf(min), BigDecimal.valueOf(max)};
    }
}
