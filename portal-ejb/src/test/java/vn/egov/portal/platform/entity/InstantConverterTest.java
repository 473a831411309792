package vn.egov.portal.platform.entity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InstantConverterTest {

    private final InstantConverter converter = new InstantConverter();

    @ParameterizedTest
    @ValueSource(strings = {"2026-11-29T15:24:23.123456Z", "2024-02-09T16:59:59Z", "1970-01-01T00:00:00Z"})
    void storesUtcWallClockAndReadsBackTheSameInstant(String text) {
        Instant instant = Instant.parse(text);

        LocalDateTime stored = converter.convertToDatabaseColumn(instant);

        assertThat(stored).isEqualTo(LocalDateTime.parse(text.substring(0, text.length() - 1)));
        assertThat(converter.convertToEntityAttribute(stored)).isEqualTo(instant);
    }

    @Test
    void nullStaysNull() {
        assertThat(converter.convertToDatabaseColumn(null)).isNull();
        assertThat(converter.convertToEntityAttribute(null)).isNull();
    }
}
