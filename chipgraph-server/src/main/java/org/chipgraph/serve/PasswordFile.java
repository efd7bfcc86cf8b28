package org.chipgraph.serve;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.chipgraph.error.InputError;

/**
 * The users allowed to write, in Jetty's realm-properties format:
 * one {@code user: password} per line (optionally {@code , role...} after the password;
 * {@code #} starts a comment). Checked here so a bad file is a clear one-line error at start-up,
 * not a silent "nobody can log in".
 */
public record PasswordFile(Path path, Map<String, String> users) {

    public static PasswordFile read(Path path) {
        if (!Files.isRegularFile(path)) throw new InputError(path + ": no such password file, expected lines of 'user: password'");
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputError(path + ": cannot read password file (" + org.chipgraph.store.FileErrors.plain(e) + ")");
        }
        Map<String, String> users = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) continue;
            int colon = line.indexOf(':');
            String user = colon < 0 ? "" : line.substring(0, colon).strip();
            String password = colon < 0 ? "" : line.substring(colon + 1).split(",", 2)[0].strip();
            if (user.isEmpty() || password.isEmpty() || user.contains(" ")) {
                throw new InputError(path + ":" + (i + 1) + ": expected 'user: password', found a line without a user name or a password");
            }
            users.put(user, password);
        }
        if (users.isEmpty()) throw new InputError(path + ": password file has no users, expected lines of 'user: password'");
        return new PasswordFile(path, Map.copyOf(users));
    }

    public List<String> userNames() { return new ArrayList<>(users.keySet()); }

    /**
     * The password of {@code user} for a client: the file may be a realm file ('user: password' lines)
     * or hold just the password on its first line.
     */
    public static String clientPassword(Path path, String user) {
        List<String> lines;
        try {
            lines = Files.readAllLines(path, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new InputError(path + ": cannot read password file (" + org.chipgraph.store.FileErrors.plain(e) + ")");
        }
        List<String> content = lines.stream().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        if (content.isEmpty()) throw new InputError(path + ": password file is empty, expected the password or 'user: password' lines");
        Optional<String> realm = content.stream()
                .filter(l -> l.startsWith(user + ":"))
                .map(l -> l.substring(user.length() + 1).split(",", 2)[0].strip())
                .findFirst();
        if (realm.isPresent()) return realm.get();
        if (content.size() == 1 && !content.get(0).matches("[^\\s:]+\\s*:.*")) return content.get(0);
        throw new InputError(path + ": no line for user '" + user + "', expected 'user: password' or the password alone");
    }
}
