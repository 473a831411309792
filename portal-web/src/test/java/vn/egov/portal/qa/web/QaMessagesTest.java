package vn.egov.portal.qa.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import vn.egov.portal.deadline.entity.DeadlineStatus;
import vn.egov.portal.privacy.control.PiiKind;
import vn.egov.portal.privacy.entity.ErasureRequester;
import vn.egov.portal.privacy.entity.PersonKind;
import vn.egov.portal.qa.entity.DelegationKind;
import vn.egov.portal.qa.entity.EventKind;
import vn.egov.portal.qa.entity.QuestionState;
import vn.egov.portal.qa.entity.RefusalReason;

/** Every Q&A message a page, the API or a boundary can ask for exists in Vietnamese and in English. */
class QaMessagesTest {

    /** Audit actions ("qa.submit") are names in the trail, not messages. */
    private static final Pattern AUDIT_ACTION = Pattern.compile("record\\(\\s*\"(qa\\.[A-Za-z.]+)\"");

    private static final Pattern LITERAL_KEY = Pattern.compile("[\"'](qa\\.[A-Za-z.]+[A-Za-z])[\"']");

    private final Properties vi = load("messages_vi.properties");
    private final Properties en = load("messages_en.properties");

    @Test
    void bothLanguagesHaveTheSameQaKeys() {
        assertThat(qaKeys(en)).isEqualTo(qaKeys(vi));
    }

    @Test
    void everyKeyNamedInTheCodeAndPagesExists() throws IOException {
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Stream.of(
                        Path.of("src/main/java/vn/egov/portal/qa"),
                        Path.of("../portal-ejb/src/main/java/vn/egov/portal/qa"),
                        Path.of("src/main/webapp/hoi-dap"),
                        Path.of("src/main/webapp/admin/hoi-dap"),
                        Path.of("src/main/webapp/WEB-INF/qa"))
                .flatMap(QaMessagesTest::walk)) {
            files.forEach(file -> {
                String text = read(file);
                LITERAL_KEY.matcher(text).results().forEach(key -> named.add(key.group(1)));
                AUDIT_ACTION.matcher(text).results().forEach(action -> named.remove(action.group(1)));
            });
        }
        named.removeIf(key -> key.endsWith("."));

        assertThat(named).hasSizeGreaterThan(100);
        assertThat(missing(named)).isEmpty();
    }

    @Test
    void everyKeyBuiltFromAFieldOrAnEnumExists() {
        Set<String> built = new TreeSet<>();
        for (String field : new String[] {"title", "body", "field", "consent"}) {
            built.add("qa.error.required." + field);
        }
        for (String field : new String[] {"title", "body"}) {
            built.add("qa.error.length." + field);
        }
        for (String part : new String[] {"numberSymbol", "excerpt", "issuingBody"}) {
            built.add("qa.error.citation." + part);
        }
        Arrays.stream(QuestionState.values())
                .forEach(s -> built.addAll(Set.of("qa.state." + s, "qa.console.state." + s)));
        Arrays.stream(RefusalReason.values()).forEach(r -> built.add("qa.refusal." + r));
        Arrays.stream(EventKind.values()).forEach(e -> built.add("qa.event." + e));
        Arrays.stream(PiiKind.values()).forEach(k -> built.add("qa.pii." + k));
        Arrays.stream(DeadlineStatus.values()).forEach(d -> built.add("qa.due." + d));
        built.add("qa.due.NO_DATE");
        Arrays.stream(DelegationKind.values()).forEach(k -> built.add("qa.delegation." + k));
        Arrays.stream(ErasureRequester.values()).forEach(r -> built.add("qa.erasure." + r));
        Arrays.stream(PersonKind.values()).forEach(t -> built.add("qa.askerType." + t));

        assertThat(missing(built)).isEmpty();
    }

    private Set<String> missing(Set<String> keys) {
        return keys.stream()
                .filter(key -> !vi.containsKey(key) || !en.containsKey(key))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Set<String> qaKeys(Properties bundle) {
        return bundle.stringPropertyNames().stream()
                .filter(key ->
                        key.startsWith("qa.") || key.startsWith("console.qa.") || key.equals("console.section.qa"))
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = QaMessagesTest.class.getResourceAsStream("/vn/egov/portal/i18n/" + name)) {
            properties.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Stream<Path> walk(Path folder) {
        try {
            return Files.walk(folder).filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
