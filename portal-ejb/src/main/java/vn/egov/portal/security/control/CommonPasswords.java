package vn.egov.portal.security.control;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The passwords everybody tries first (OWASP ASVS 2.1.7), from the list shipped beside this class.
 * A password counts as common when it is on the list as typed, or once the digits and signs around
 * a word are taken off and look-alike characters read as letters: "Password123!" and
 * "P@ssw0rd2026" are "password".
 */
final class CommonPasswords {

    private static final String LIST = "common-passwords.txt";
    private static final Set<String> WORDS = load();

    private CommonPasswords() {}

    static boolean contains(String password) {
        String typed = password.toLowerCase(Locale.ROOT);
        String word = stripAround(typed);
        return Stream.of(typed, word, unLeet(word, 'i'), unLeet(word, 'l'))
                .anyMatch(candidate -> !candidate.isEmpty() && WORDS.contains(candidate));
    }

    /** The word inside: everything but letters taken off both ends. */
    private static String stripAround(String typed) {
        int start = 0;
        int end = typed.length();
        while (start < end && !Character.isLetter(typed.charAt(start))) {
            start++;
        }
        while (end > start && !Character.isLetter(typed.charAt(end - 1))) {
            end--;
        }
        return typed.substring(start, end);
    }

    private static String unLeet(String word, char one) {
        StringBuilder letters = new StringBuilder(word.length());
        for (char c : word.toCharArray()) {
            letters.append(
                    switch (c) {
                        case '0' -> 'o';
                        case '1', '!', '|' -> one;
                        case '3' -> 'e';
                        case '4', '@' -> 'a';
                        case '5', '$' -> 's';
                        case '7', '+' -> 't';
                        case '8' -> 'b';
                        case '9' -> 'g';
                        default -> c;
                    });
        }
        return letters.toString();
    }

    private static Set<String> load() {
        try (InputStream in = CommonPasswords.class.getResourceAsStream(LIST)) {
            if (in == null) {
                throw new IllegalStateException("The common-password list is missing: " + LIST);
            }
            Set<String> words = new HashSet<>();
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .map(line -> line.strip().toLowerCase(Locale.ROOT))
                    .forEach(words::add);
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
