package vn.egov.portal.platform.request.control;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TrustedProxiesTest {

    private static final TrustedProxies NGINX_AND_BALANCERS = TrustedProxies.parse("127.0.0.1, ::1, 10.8.0.0/16");

    @ParameterizedTest(name = "peer {0}, X-Forwarded-For \"{1}\" -> {2}")
    @CsvSource(
            delimiter = '|',
            nullValues = "NONE",
            value = {
                // Not from a proxy: the header is whatever the client wrote, and is ignored.
                "203.0.113.5 | 198.51.100.1 | 203.0.113.5",
                "10.9.0.1    | 198.51.100.1 | 10.9.0.1",
                // From nginx on the same host: the hop nginx appended.
                "127.0.0.1   | 198.51.100.1 | 198.51.100.1",
                "::1         | 198.51.100.1 | 198.51.100.1",
                "127.0.0.1   | 2001:db8::7  | 2001:db8:0:0:0:0:0:7",
                // A client that forges a first hop: the proxy's own hop on the right wins.
                "127.0.0.1   | 1.2.3.4, 198.51.100.1 | 198.51.100.1",
                // Several trusted proxies in a row: the first untrusted from the right.
                "127.0.0.1   | 198.51.100.1, 10.8.3.4, 10.8.0.9 | 198.51.100.1",
                // Everything trusted: the farthest hop.
                "127.0.0.1   | 10.8.1.1, 10.8.2.2 | 10.8.1.1",
                // Garbage stops the walk at the last address that could be read.
                "127.0.0.1   | 198.51.100.1, unknown | 127.0.0.1",
                "127.0.0.1   | 198.51.100.1, evil.example, 10.8.0.9 | 10.8.0.9",
                "127.0.0.1   | 999.1.1.1 | 127.0.0.1",
                "127.0.0.1   | 1.2 | 127.0.0.1",
                "127.0.0.1   | NONE | 127.0.0.1",
                // IPv4-mapped IPv6 and bracketed forms are the same address.
                "::ffff:127.0.0.1 | [2001:db8::1] | 2001:db8:0:0:0:0:0:1"
            })
    void theClientIsTheNearestHopThatIsNotATrustedProxy(String peer, String forwardedFor, String client) {
        List<String> header = forwardedFor == null ? List.of() : List.of(forwardedFor);

        assertThat(NGINX_AND_BALANCERS.clientOf(peer, header)).isEqualTo(client);
    }

    @Test
    void severalHeaderLinesReadAsOneList() {
        assertThat(NGINX_AND_BALANCERS.clientOf("127.0.0.1", List.of("198.51.100.1", "10.8.0.1")))
                .isEqualTo("198.51.100.1");
    }

    @Test
    void withoutTheSettingNobodyIsTrusted() {
        assertThat(TrustedProxies.parse("").clientOf("127.0.0.1", List.of("198.51.100.1")))
                .isEqualTo("127.0.0.1");
        assertThat(TrustedProxies.parse(null).trusts("127.0.0.1")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.8.0.0", "10.8.255.255", "127.0.0.1", "0:0:0:0:0:0:0:1", "::ffff:10.8.1.2"})
    void rangesAndSingleAddressesAreTrusted(String address) {
        assertThat(NGINX_AND_BALANCERS.trusts(address)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"10.9.0.0", "127.0.0.2", "::2", "localhost", "", "1.2.3.4.5"})
    void nothingElseIs(String address) {
        assertThat(NGINX_AND_BALANCERS.trusts(address)).isFalse();
    }

    @Test
    void oddPrefixLengthsMaskTheLastByte() {
        TrustedProxies range = TrustedProxies.parse("192.0.2.128/25");

        assertThat(range.trusts("192.0.2.200")).isTrue();
        assertThat(range.trusts("192.0.2.127")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"proxy.internal", "10.0.0.0/33", "10.0.0.0/x", "300.1.1.1", "::1/129"})
    void aSettingThatIsNotAnAddressOrRangeIsRefusedByName(String entry) {
        assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1, " + entry))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(entry);
    }

    @ParameterizedTest(name = "peer {0}, X-Forwarded-Proto {1} -> {2}")
    @CsvSource(
            nullValues = "NONE",
            value = {
                "127.0.0.1, https, true",
                "127.0.0.1, HTTPS, true",
                "127.0.0.1, http, false",
                "127.0.0.1, NONE, false",
                "127.0.0.1, 'http, https', true",
                "203.0.113.5, https, false"
            })
    void tlsAtTheFrontIsBelievedFromTrustedProxiesOnly(String peer, String proto, boolean overTls) {
        assertThat(NGINX_AND_BALANCERS.forwardedOverTls(peer, proto)).isEqualTo(overTls);
    }
}
