package vn.egov.portal.platform.discovery.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import java.io.StringWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * schema.org metadata (JSON-LD) of a public page, written with jakarta.json and made safe for the body
 * of a {@code <script type="application/ld+json">} element: "</" becomes "<\/" (still the same JSON
 * string), so a title holding "</script>" cannot end the element, and "<!--" cannot open an HTML
 * comment. Only what the page itself shows goes in: never personal data.
 */
public final class JsonLd {

    /** Found once: each {@code Json.create...} call looks the provider up through the class loader. */
    private static final JsonProvider JSON = JsonProvider.provider();

    private static final String CONTEXT = "https://schema.org";

    private final JsonObjectBuilder object;
    private JsonObject built;

    private JsonLd(String type) {
        object = JSON.createObjectBuilder().add("@context", CONTEXT).add("@type", type);
    }

    /** A schema.org item of this type ("NewsArticle", "Legislation"). */
    public static JsonLd of(String type) {
        return new JsonLd(type);
    }

    /** Adds a text; a null or blank one is left out. */
    public JsonLd text(String name, String value) {
        if (value != null && !value.isBlank()) {
            object.add(name, value);
        }
        return this;
    }

    /** Adds an instant as ISO-8601 (UTC); null is left out. */
    public JsonLd instant(String name, Instant value) {
        return value == null ? this : text(name, value.toString());
    }

    /** Adds a date as ISO-8601 ("2014-01-15"); null is left out. */
    public JsonLd date(String name, LocalDate value) {
        return value == null ? this : text(name, value.toString());
    }

    /** Adds a nested item ({"@type": type, "name": name}), left out without a name. */
    public JsonLd named(String name, String type, String itemName) {
        if (itemName != null && !itemName.isBlank()) {
            object.add(name, JSON.createObjectBuilder().add("@type", type).add("name", itemName));
        }
        return this;
    }

    /** Adds people by name ([{"@type": "Person", "name": …}]), left out when there is none. */
    public JsonLd people(String name, List<String> names) {
        var array = JSON.createArrayBuilder();
        names.stream()
                .filter(person -> person != null && !person.isBlank())
                .forEach(person -> array.add(
                        JSON.createObjectBuilder().add("@type", "Person").add("name", person)));
        var people = array.build();
        if (!people.isEmpty()) {
            object.add(name, people);
        }
        return this;
    }

    /** The JSON itself (built once: add nothing after). */
    public JsonObject json() {
        if (built == null) {
            built = object.build();
        }
        return built;
    }

    /** The JSON ready to be printed unescaped inside the script element. */
    public String script() {
        StringWriter out = new StringWriter();
        JSON.createWriterFactory(Map.of()).createWriter(out).write(json());
        return forScript(out.toString());
    }

    /** "</" as "<\/" and "<!--" as "\u003c!--": the same JSON value, no way out of a script element. */
    public static String forScript(String json) {
        return json.replace("</", "<\\/").replace("<!--", "\\u003c!--");
    }
}
