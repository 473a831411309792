package vn.egov.portal.test.container;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The demo officials' passwords, which the portal writes into its data folder at its first start
 * (mode 0600). Read the same way in the container ({@code portal.data}) and in the client-side
 * browser tests ({@code portal.it.data}).
 */
public final class DemoPasswords {

    private DemoPasswords() {}

    public static String of(String username) {
        String folder = System.getProperty("portal.data", System.getProperty("portal.it.data", "target/it-data"));
        Path file = Path.of(folder, "demo-accounts.txt");
        try {
            return Files.readAllLines(file).stream()
                    .map(line -> line.split("\t"))
                    .filter(columns -> columns.length >= 2 && columns[0].equals(username))
                    .map(columns -> columns[1])
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo account " + username + " in " + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
