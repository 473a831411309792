package vn.egov.portal.setup.control;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shipped seed data names places as they are today. Since 1 July 2025 a province has communes and
 * wards only, no districts, towns or provincial cities; so no address may name one, and every ward
 * or commune the data mentions is a unit of the organisation tree the same data builds.
 */
class SeedPlaceNamesTest {

    private static final List<String> SEEDS = List.of(
            "structure.json", "demo-sites.json", "demo-content.json", "demo-qa.json", "demo-legal.json", "qa.json");

    private static final Pattern COMMUNE_UNIT = Pattern.compile(
            "\"kind\"\\s*:\\s*\"COMMUNE\"\\s*,\\s*\"name\"\\s*:\\s*\\{\\s*\"vi\"\\s*:\\s*\"(?:Phường|Xã) ([^\"]+)\"");
    private static final Pattern WARD_OR_COMMUNE =
            Pattern.compile("\\b(?:[Pp]hường|[Xx]ã) (\\p{Lu}\\p{L}*(?: \\p{Lu}\\p{L}*)*)");
    private static final Pattern ADDRESS = Pattern.compile("\"address\"\\s*:\\s*\"([^\"]*)\"");
    private static final Pattern ABOLISHED_LEVEL =
            Pattern.compile("\\b(?:[Hh]uyện|[Qq]uận|[Tt]hị xã|[Tt]hị trấn|[Tt]hành phố) \\p{Lu}");

    @Test
    void everyWardOrCommuneNamedIsAUnitOfTheTree() {
        Set<String> units = SEEDS.stream()
                .flatMap(seed -> matches(COMMUNE_UNIT, read(seed)))
                .collect(Collectors.toSet());
        List<String> named = SEEDS.stream()
                .flatMap(seed -> matches(WARD_OR_COMMUNE, read(seed)).map(name -> seed + ": " + name))
                .toList();

        assertThat(units).isNotEmpty();
        assertThat(named).isNotEmpty().allSatisfy(mention -> assertThat(units)
                .contains(mention.substring(mention.indexOf(": ") + 2)));
    }

    @Test
    void noAddressNamesADistrictATownOrAProvincialCity() {
        List<String> addresses =
                SEEDS.stream().flatMap(seed -> matches(ADDRESS, read(seed))).toList();

        assertThat(addresses).hasSizeGreaterThan(5);
        assertThat(addresses)
                .filteredOn(address -> ABOLISHED_LEVEL.matcher(address).find())
                .isEmpty();
    }

    private static Stream<String> matches(Pattern pattern, String text) {
        Matcher matcher = pattern.matcher(text);
        return matcher.results().map(result -> result.group(1).strip());
    }

    private static String read(String seed) {
        try (InputStream in = SeedPlaceNamesTest.class.getClassLoader().getResourceAsStream("seed/" + seed)) {
            assertThat(in).as(seed).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
