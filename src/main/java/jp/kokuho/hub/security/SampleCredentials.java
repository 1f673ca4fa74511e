package jp.kokuho.hub.security;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Properties;

/**
 * Passwords of the development profiles (sample, dev) when none is configured: generated once into
 * {@code <data-dir>/sample-credentials.properties} (readable and writable by its owner only) and read again at the
 * next start, so that the README's commands keep working. {@code rm data/sample-credentials.properties} makes new ones.
 */
final class SampleCredentials {

    static final String FILE_NAME = "sample-credentials.properties";

    private final Path file;
    private final Properties passwords = new Properties();
    private boolean changed;

    SampleCredentials(Path dataDir) {
        this.file = dataDir.resolve(FILE_NAME);
        if (Files.exists(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                passwords.load(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + file, e);
            }
        }
    }

    Path file() {
        return file;
    }

    /** The kept password of the user, or a new one (kept by {@link #save()}). */
    String passwordOf(String username) {
        String password = passwords.getProperty(username);
        if (password == null || password.isBlank()) {
            byte[] random = new byte[18];
            new SecureRandom().nextBytes(random);
            password = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
            passwords.setProperty(username, password);
            changed = true;
        }
        return password;
    }

    /** Writes the file if a password was generated, readable only by its owner. */
    void save() {
        if (!changed) {
            return;
        }
        try {
            Files.createDirectories(file.getParent());
            Path tmp = file.resolveSibling(FILE_NAME + ".tmp");
            Files.deleteIfExists(tmp);
            if (FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
                Files.createFile(tmp, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            } else {
                Files.createFile(tmp);
            }
            try (Writer out = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
                passwords.store(out, "kokuho-hub sample/dev logins (user=password), generated once; never use outside development");
            }
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            changed = false;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
