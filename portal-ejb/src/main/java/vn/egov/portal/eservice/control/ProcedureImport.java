package vn.egov.portal.eservice.control;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonException;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vn.egov.portal.eservice.control.ProcedureDraft.CitationDraft;
import vn.egov.portal.eservice.control.ProcedureDraft.ComponentDraft;
import vn.egov.portal.eservice.entity.OnlineLevel;
import vn.egov.portal.eservice.entity.ProcedureLevel;
import vn.egov.portal.platform.validation.boundary.InputCheck;

/**
 * Reads a catalogue file, CSV (RFC 4180, a header row naming the columns {@link #COLUMNS}, list cells
 * one item a line as {@link ProcedureCells} writes them) or JSON (an array of objects with the
 * {@link ProcedureDraft} field names), into drafts with the line each starts on, and every problem
 * of every row by its line. All or nothing: the caller imports the rows only when there is no
 * problem at all, so a bad file changes nothing.
 */
public final class ProcedureImport {

    /** The CSV columns, the JSON field names. */
    public static final List<String> COLUMNS = List.of(
            "code",
            "name",
            "field",
            "agency",
            "level",
            "executingBody",
            "conditions",
            "steps",
            "components",
            "feeVnd",
            "processingDays",
            "result",
            "legalBasis",
            "onlineLevel",
            "note");

    /** A file may hold at most this many procedures: the whole catalogue of a province is ~2,000. */
    public static final int MAX_ROWS = 5000;

    /** A procedure read from the file, with the line its row or object starts on (from 1). */
    public record Row(int line, ProcedureDraft draft) {}

    /** What is wrong, where: "line 4: feeVnd" and a bundle key. */
    public record Problem(int line, String field, String messageKey) {

        /** The field as the 400 problem and the console name it: "line 4: feeVnd". */
        public String where() {
            return "line " + line + ": " + field;
        }
    }

    /** The rows, or the problems (then nothing may be imported). */
    public record Result(List<Row> rows, List<Problem> problems) {

        public Result {
            rows = List.copyOf(rows);
            problems = List.copyOf(problems);
        }

        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final InputCheck inputs;

    public ProcedureImport(InputCheck inputs) {
        this.inputs = inputs;
    }

    /** Reads a file as uploaded: JSON when it starts with '[', CSV otherwise. */
    public Result read(byte[] content) {
        String text;
        try {
            text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return failed(1, "file", "eservice.error.import.encoding");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        if (text.isBlank()) {
            return failed(1, "file", "eservice.error.import.empty");
        }
        return text.stripLeading().startsWith("[") ? json(text) : csv(text);
    }

    private Result csv(String text) {
        List<CsvRecords.Record> records;
        try {
            records = CsvRecords.read(text);
        } catch (CsvRecords.BadCsv bad) {
            return failed(bad.line(), "file", "eservice.error.import.syntax");
        }
        if (records.size() < 2) {
            return failed(1, "file", "eservice.error.import.empty");
        }
        List<String> header = records.get(0).cells().stream().map(String::strip).toList();
        List<String> missing = COLUMNS.stream()
                .filter(column -> !"note".equals(column) && !header.contains(column))
                .toList();
        if (!missing.isEmpty()) {
            return failed(1, missing.get(0), "eservice.error.import.column");
        }
        if (records.size() - 1 > MAX_ROWS) {
            return failed(1, "file", "eservice.error.import.tooMany");
        }
        List<Map<String, String>> rows = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        for (CsvRecords.Record record : records.subList(1, records.size())) {
            if (record.cells().stream().allMatch(String::isBlank)) {
                continue;
            }
            Map<String, String> cells = new HashMap<>();
            for (int i = 0; i < header.size() && i < record.cells().size(); i++) {
                cells.put(header.get(i), record.cells().get(i));
            }
            rows.add(cells);
            lines.add(record.line());
        }
        List<Row> drafts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            Map<String, String> rowProblems = new LinkedHashMap<>();
            ProcedureDraft draft = fromCells(rows.get(i), rowProblems);
            check(lines.get(i), draft, rowProblems, drafts, problems);
        }
        return duplicates(drafts, problems);
    }

    /** A draft from text cells by column name (the CSV row, the console's form), conversion problems added. */
    public static ProcedureDraft fromCells(Map<String, String> cells, Map<String, String> problems) {
        return new ProcedureDraft(
                cells.get("code"),
                cells.get("name"),
                cells.get("field"),
                cells.get("agency"),
                ProcedureCells.choice(
                        ProcedureLevel.class, cells.get("level"), "level", "error.eservice.level", problems),
                cells.get("executingBody"),
                cells.get("conditions"),
                ProcedureCells.lines(cells.get("steps")),
                ProcedureCells.components(cells.get("components"), "components", problems),
                ProcedureCells.fee(cells.get("feeVnd"), "feeVnd", problems),
                ProcedureCells.days(cells.get("processingDays"), "processingDays", problems),
                cells.get("result"),
                ProcedureCells.citations(cells.get("legalBasis")),
                ProcedureCells.choice(
                        OnlineLevel.class,
                        cells.get("onlineLevel"),
                        "onlineLevel",
                        "error.eservice.onlineLevel",
                        problems),
                cells.get("note"));
    }

    private Result json(String text) {
        List<Row> drafts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        try (JsonParser parser = Json.createParser(new StringReader(text))) {
            if (parser.next() != JsonParser.Event.START_ARRAY) {
                return failed(1, "file", "eservice.error.import.syntax");
            }
            while (parser.hasNext()) {
                JsonParser.Event event = parser.next();
                if (event == JsonParser.Event.END_ARRAY) {
                    break;
                }
                int line = (int) parser.getLocation().getLineNumber();
                if (event != JsonParser.Event.START_OBJECT) {
                    problems.add(new Problem(line, "procedure", "eservice.error.import.object"));
                    parser.skipArray();
                    continue;
                }
                if (drafts.size() + problems.size() >= MAX_ROWS) {
                    return failed(line, "file", "eservice.error.import.tooMany");
                }
                Map<String, String> rowProblems = new LinkedHashMap<>();
                ProcedureDraft draft = fromJson(parser.getObject(), rowProblems);
                check(line, draft, rowProblems, drafts, problems);
            }
            if (parser.hasNext()) {
                return failed((int) parser.getLocation().getLineNumber(), "file", "eservice.error.import.syntax");
            }
        } catch (JsonParsingException bad) {
            return failed((int) bad.getLocation().getLineNumber(), "file", "eservice.error.import.syntax");
        } catch (JsonException | IllegalStateException bad) {
            return failed(1, "file", "eservice.error.import.syntax");
        }
        if (drafts.isEmpty() && problems.isEmpty()) {
            return failed(1, "file", "eservice.error.import.empty");
        }
        return duplicates(drafts, problems);
    }

    private static ProcedureDraft fromJson(JsonObject object, Map<String, String> problems) {
        List<ComponentDraft> components = new ArrayList<>();
        List<JsonValue> componentValues = array(object, "components", problems);
        for (int i = 0; i < componentValues.size(); i++) {
            String at = "components[" + i + "]";
            if (!(componentValues.get(i) instanceof JsonObject component)) {
                problems.putIfAbsent(at, "eservice.error.component");
                continue;
            }
            Integer originals = count(component, "originals", at + ".originals", problems);
            Integer copies = count(component, "copies", at + ".copies", problems);
            JsonValue required = component.get("required");
            if (required != JsonValue.TRUE && required != JsonValue.FALSE) {
                problems.putIfAbsent(at + ".required", "eservice.error.required.flag");
            }
            components.add(new ComponentDraft(
                    text(component, "name", at + ".name", problems),
                    originals == null ? 0 : originals,
                    copies == null ? 0 : copies,
                    required == JsonValue.TRUE));
        }
        List<CitationDraft> citations = new ArrayList<>();
        List<JsonValue> citationValues = array(object, "legalBasis", problems);
        for (int i = 0; i < citationValues.size(); i++) {
            String at = "legalBasis[" + i + "]";
            if (citationValues.get(i) instanceof JsonObject citation) {
                citations.add(new CitationDraft(
                        text(citation, "numberSymbol", at + ".numberSymbol", problems),
                        text(citation, "title", at + ".title", problems)));
            } else if (citationValues.get(i) instanceof JsonString typed) {
                citations.addAll(ProcedureCells.citations(typed.getString()));
            } else {
                problems.putIfAbsent(at, "eservice.error.citation");
            }
        }
        List<String> steps = new ArrayList<>();
        List<JsonValue> stepValues = array(object, "steps", problems);
        for (int i = 0; i < stepValues.size(); i++) {
            if (stepValues.get(i) instanceof JsonString step) {
                steps.add(step.getString());
            } else {
                problems.putIfAbsent("steps[" + i + "]", "eservice.error.text");
            }
        }
        JsonValue fee = object.get("feeVnd");
        Long feeVnd = null;
        if (fee instanceof JsonNumber number && number.isIntegral()) {
            feeVnd = number.longValue();
        } else if (fee != null && fee != JsonValue.NULL) {
            problems.putIfAbsent("feeVnd", "eservice.error.fee");
        }
        Integer days = count(object, "processingDays", "processingDays", problems);
        return new ProcedureDraft(
                text(object, "code", "code", problems),
                text(object, "name", "name", problems),
                text(object, "field", "field", problems),
                text(object, "agency", "agency", problems),
                ProcedureCells.choice(
                        ProcedureLevel.class,
                        text(object, "level", "level", problems),
                        "level",
                        "error.eservice.level",
                        problems),
                text(object, "executingBody", "executingBody", problems),
                text(object, "conditions", "conditions", problems),
                steps,
                components,
                feeVnd,
                days,
                text(object, "result", "result", problems),
                citations,
                ProcedureCells.choice(
                        OnlineLevel.class,
                        text(object, "onlineLevel", "onlineLevel", problems),
                        "onlineLevel",
                        "error.eservice.onlineLevel",
                        problems),
                text(object, "note", "note", problems));
    }

    private void check(
            int line, ProcedureDraft draft, Map<String, String> conversion, List<Row> drafts, List<Problem> problems) {
        Map<String, String> rowProblems = new LinkedHashMap<>(conversion);
        inputs.problems(draft).forEach(rowProblems::putIfAbsent);
        if (rowProblems.isEmpty()) {
            drafts.add(new Row(line, draft));
        } else {
            rowProblems.forEach((field, key) -> problems.add(new Problem(line, field, key)));
        }
    }

    /** A code twice in one file is a problem at its second line. */
    private static Result duplicates(List<Row> rows, List<Problem> problems) {
        Map<String, Integer> seen = new HashMap<>();
        List<Problem> all = new ArrayList<>(problems);
        for (Row row : rows) {
            if (seen.putIfAbsent(row.draft().canonicalCode(), row.line()) != null) {
                all.add(new Problem(row.line(), "code", "eservice.error.import.duplicate"));
            }
        }
        all.sort(java.util.Comparator.comparingInt(Problem::line));
        return new Result(all.isEmpty() ? rows : List.of(), all);
    }

    private static Result failed(int line, String field, String key) {
        return new Result(List.of(), List.of(new Problem(line, field, key)));
    }

    private static String text(JsonObject object, String name, String field, Map<String, String> problems) {
        JsonValue value = object.get(name);
        if (value == null || value == JsonValue.NULL) {
            return null;
        }
        if (value instanceof JsonString string) {
            return string.getString();
        }
        problems.putIfAbsent(field, "eservice.error.text");
        return null;
    }

    private static Integer count(JsonObject object, String name, String field, Map<String, String> problems) {
        JsonValue value = object.get(name);
        if (value instanceof JsonNumber number
                && number.isIntegral()
                && number.longValue() >= 0
                && number.longValue() <= 10_000) {
            return number.intValue();
        }
        if (value != null && value != JsonValue.NULL) {
            problems.putIfAbsent(
                    field, "processingDays".equals(field) ? "eservice.error.processingDays" : "eservice.error.count");
        }
        return null;
    }

    private static List<JsonValue> array(JsonObject object, String name, Map<String, String> problems) {
        JsonValue value = object.get(name);
        if (value instanceof JsonArray array) {
            return array;
        }
        if (value != null && value != JsonValue.NULL) {
            problems.putIfAbsent(name, "eservice.error.list");
        }
        return List.of();
    }
}
