package vn.egov.portal.platform.validation.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.egov.portal.platform.i18n.control.Phrase;

class JsonShapeTest {

    enum Kind {
        HEAD,
        DELEGATE
    }

    record Citation(Long documentId, LocalDate issuedOn, String numberSymbol) {}

    /** A value a form fills field by field, bound through its setters, as the Q&A particulars are. */
    public static class Sender {
        private Kind kind;
        private String name;

        public Kind getKind() {
            return kind;
        }

        public void setKind(Kind kind) {
            this.kind = kind;
        }

        public String getName() {
            return name;
        }

        public void setName(String name) {
            this.name = name;
        }
    }

    record Payload(
            Sender sender,
            String text,
            boolean reviewed,
            Integer count,
            Kind kind,
            LocalDate date,
            List<Citation> citations,
            Map<String, String> parameters) {}

    @ParameterizedTest(name = "[{index}] {0} -> {1} {2}")
    @CsvSource(
            delimiter = '|',
            value = {
                "{}                                              |                    |",
                "{\"text\":\"Hỏi đáp\",\"reviewed\":true,\"count\":3} |                    |",
                "{\"text\":12}                                   |                    |",
                "{\"text\":{}}                                   | text               | api.error.json.text",
                "{\"text\":\"a\\u0000b\"}                        | text               | error.text.characters",
                "{\"text\":\"\\u202Eexe\"}                       | text               | error.text.characters",
                "{\"text\":\"\\ud800\"}                          | text               | error.text.characters",
                "{\"reviewed\":\"yes\"}                          | reviewed           | api.error.json.boolean",
                "{\"reviewed\":null}                             | reviewed           | api.error.json.required",
                "{\"count\":1.5}                                 | count              | api.error.json.integer",
                "{\"count\":\"1\"}                               | count              | api.error.json.integer",
                "{\"count\":1e400}                               | count              | api.error.json.range",
                "{\"count\":2147483648}                          | count              | api.error.json.range",
                "{\"kind\":\"NOPE\"}                             | kind               | api.error.json.choice",
                "{\"kind\":0}                                    | kind               | api.error.json.choice",
                "{\"date\":\"2026-13-45\"}                       | date               | api.error.json.date",
                "{\"date\":\"2026-02-30\"}                       | date               | api.error.json.date",
                "{\"date\":20260101}                             | date               | api.error.json.date",
                "{\"citations\":{}}                              | citations          | api.error.json.list",
                "{\"citations\":[null]}                          | citations[0]       | api.error.json.required",
                "{\"citations\":[{},{\"issuedOn\":\"x\"}]}       | citations[1].issuedOn | api.error.json.date",
                "{\"citations\":[{\"documentId\":99999999999999999999}]} | citations[0].documentId | api.error.json.range",
                "{\"parameters\":[]}                             | parameters         | api.error.json.object",
                "{\"parameters\":{\"runDate\":{}}}               | parameters.runDate | api.error.json.text",
                "{\"sender\":{\"kind\":\"HEAD\",\"name\":\"Lan\"}}      |                    |",
                "{\"sender\":{\"kind\":\"NOPE\"}}                | sender.kind        | api.error.json.choice",
                "{\"sender\":{\"name\":\"a\\u0000b\"}}            | sender.name        | error.text.characters",
                "{\"sender\":[]}                                 | sender             | api.error.json.object",
                "[1]                                             | body               | api.error.json.object",
                "\"text\"                                        | body               | api.error.json.object"
            })
    void namesTheFieldThatDoesNotFit(String json, String field, String key) {
        JsonValue value = Json.createReader(new StringReader(json)).readValue();

        Map<String, Phrase> problems = JsonShape.problems(value, Payload.class);

        if (field == null) {
            assertThat(problems).isEmpty();
        } else {
            assertThat(problems).containsOnlyKeys(field);
            assertThat(problems.get(field).key()).isEqualTo(key);
        }
    }
}
