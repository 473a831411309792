package vn.egov.portal.report.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import java.io.StringReader;
import java.util.List;

/** A report's figures as the JSON text the report row keeps, and back. */
public final class FiguresJson {

    private FiguresJson() {}

    public static String write(Figures figures) {
        JsonArrayBuilder sections = Json.createArrayBuilder();
        for (Figures.Section section : figures.sections()) {
            JsonArrayBuilder rows = Json.createArrayBuilder();
            for (Figures.Row row : section.rows()) {
                JsonArrayBuilder values = Json.createArrayBuilder();
                row.values().forEach(values::add);
                rows.add(Json.createObjectBuilder()
                        .add("labels", Json.createArrayBuilder(row.labels()))
                        .add("values", values));
            }
            sections.add(Json.createObjectBuilder()
                    .add("key", section.key())
                    .add("labelColumns", Json.createArrayBuilder(section.labelColumns()))
                    .add("valueColumns", Json.createArrayBuilder(section.valueColumns()))
                    .add("rows", rows));
        }
        return Json.createObjectBuilder()
                .add("period", figures.period())
                .add("sections", sections)
                .build()
                .toString();
    }

    public static Figures read(String json) {
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonObject root = reader.readObject();
            List<Figures.Section> sections = root.getJsonArray("sections").getValuesAs(JsonObject.class).stream()
                    .map(section -> new Figures.Section(
                            section.getString("key"),
                            strings(section.getJsonArray("labelColumns")),
                            strings(section.getJsonArray("valueColumns")),
                            section.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                                    .map(row -> new Figures.Row(
                                            strings(row.getJsonArray("labels")),
                                            row.getJsonArray("values").getValuesAs(JsonNumber.class).stream()
                                                    .map(JsonNumber::bigDecimalValue)
                                                    .toList()))
                                    .toList()))
                    .toList();
            return new Figures(root.getString("period"), sections);
        }
    }

    private static List<String> strings(JsonArray array) {
        return array.getValuesAs(JsonString.class).stream()
                .map(JsonString::getString)
                .toList();
    }
}
