package vn.egov.portal.qa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The demo officials' passwords, which the test container wrote into its data folder. */
public final class DemoAccounts {

    private DemoAccounts() {}

    public static String password(String username) {
        Path file = Path.of(System.getProperty("portal.it.data", "target/it-data"), "demo-accounts.txt");
        try {
            return Files.readAllLines(file).stream()
                    .map(line -> line.split("\t"))
                    .filter(columns -> columns[0].equals(username))
                    .map(columns -> columns[1])
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("No demo account " + username + " in " + file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
