package vn.egov.portal.platform.request.control;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The proxies whose forwarding headers the portal believes (setting {@code portal.trusted-proxies}:
 * addresses and CIDR ranges, comma-separated). A client can write any X-Forwarded-For it likes, so
 * the header is read only when the socket peer is one of these proxies, and then from the right,
 * the end the proxies appended: the first address that is not a trusted proxy is the client.
 * Nothing here resolves a name; an entry that is not an address literal is refused, and a
 * malformed hop ends the walk at the last address that could be read.
 */
public final class TrustedProxies {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final List<Range> ranges;

    private record Range(byte[] network, int prefix) {

        boolean contains(byte[] address) {
            if (address.length != network.length) {
                return false;
            }
            int whole = prefix / 8;
            for (int i = 0; i < whole; i++) {
                if (address[i] != network[i]) {
                    return false;
                }
            }
            int rest = prefix % 8;
            int mask = rest == 0 ? 0 : (0xff << (8 - rest)) & 0xff;
            return rest == 0 || (address[whole] & mask) == (network[whole] & mask);
        }
    }

    private TrustedProxies(List<Range> ranges) {
        this.ranges = List.copyOf(ranges);
    }

    public static final TrustedProxies NONE = new TrustedProxies(List.of());

    /** Parses the setting; throws IllegalArgumentException naming the entry that is not an address or range. */
    public static TrustedProxies parse(String setting) {
        if (setting == null || setting.isBlank()) {
            return NONE;
        }
        List<Range> ranges = new ArrayList<>();
        for (String entry : setting.split(",")) {
            String trimmed = entry.strip();
            if (!trimmed.isEmpty()) {
                ranges.add(range(trimmed));
            }
        }
        return new TrustedProxies(ranges);
    }

    public boolean trusts(String address) {
        Optional<byte[]> bytes = bytesOf(address);
        return bytes.isPresent() && ranges.stream().anyMatch(range -> range.contains(bytes.get()));
    }

    /**
     * The client's address: the socket peer itself unless it is a trusted proxy; then the nearest
     * hop of X-Forwarded-For (its values in the order received) that is not a trusted proxy.
     */
    public String clientOf(String peer, List<String> forwardedFor) {
        if (!trusts(peer)) {
            return peer;
        }
        List<String> hops = new ArrayList<>();
        forwardedFor.forEach(value -> hops.addAll(List.of(value.split(","))));
        String client = peer;
        for (int i = hops.size() - 1; i >= 0; i--) {
            Optional<String> hop = canonical(hops.get(i));
            if (hop.isEmpty()) {
                break;
            }
            client = hop.get();
            if (!trusts(client)) {
                break;
            }
        }
        return client;
    }

    /** Whether the request reached the first proxy over TLS, as a trusted proxy says (X-Forwarded-Proto). */
    public boolean forwardedOverTls(String peer, String forwardedProto) {
        if (forwardedProto == null || !trusts(peer)) {
            return false;
        }
        String[] protos = forwardedProto.split(",");
        return "https".equals(protos[protos.length - 1].strip().toLowerCase(Locale.ROOT));
    }

    private static Range range(String entry) {
        int slash = entry.indexOf('/');
        String address = slash < 0 ? entry : entry.substring(0, slash);
        byte[] network = bytesOf(address)
                .orElseThrow(() -> new IllegalArgumentException("Not an IP address or range: " + entry));
        int prefix = network.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(entry.substring(slash + 1));
            } catch (NumberFormatException notNumber) {
                throw new IllegalArgumentException("Not an IP address or range: " + entry, notNumber);
            }
            if (prefix < 0 || prefix > network.length * 8) {
                throw new IllegalArgumentException("Not an IP address or range: " + entry);
            }
        }
        return new Range(network, prefix);
    }

    private static Optional<String> canonical(String hop) {
        return bytesOf(hop).map(bytes -> {
            try {
                return InetAddress.getByAddress(bytes).getHostAddress();
            } catch (UnknownHostException impossible) {
                throw new IllegalStateException(impossible);
            }
        });
    }

    /**
     * The address's bytes, IPv4-mapped IPv6 as IPv4; empty for anything but an address literal.
     * Dotted quads are read here: the JDK would look up a name such as "999.1.1.1" in the DNS.
     */
    private static Optional<byte[]> bytesOf(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String literal = text.strip();
        if (literal.startsWith("[") && literal.endsWith("]")) {
            literal = literal.substring(1, literal.length() - 1);
        }
        if (literal.length() > 45) {
            return Optional.empty();
        }
        Matcher quad = IPV4.matcher(literal);
        if (quad.matches()) {
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int octet = Integer.parseInt(quad.group(i + 1));
                if (octet > 255) {
                    return Optional.empty();
                }
                bytes[i] = (byte) octet;
            }
            return Optional.of(bytes);
        }
        if (!IPV6.matcher(literal).matches()) {
            return Optional.empty();
        }
        try {
            // Holds a colon, so the JDK parses it as an IPv6 literal and never asks the DNS.
            return Optional.of(InetAddress.getByName(literal).getAddress());
        } catch (UnknownHostException notAnAddress) {
            return Optional.empty();
        }
    }
}
