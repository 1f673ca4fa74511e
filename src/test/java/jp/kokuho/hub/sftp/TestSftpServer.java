package jp.kokuho.hub.sftp;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.GeneralSecurityException;
import java.util.List;

import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.config.keys.PublicKeyEntry;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.file.virtualfs.VirtualFileSystemFactory;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.server.SshServer;
import org.apache.sshd.sftp.server.SftpSubsystemFactory;

/**
 * An in-process SFTP server (Apache MINA SSHD) for tests: host and user keys are generated at test time into a
 * temporary folder (no key is ever committed). Key auth only; the user's folder is {@link #root()}.
 */
final class TestSftpServer implements AutoCloseable {

    private final Path root;
    private final Path keys;
    private final KeyPair userKey;
    private KeyPair hostKey;
    private SshServer server;
    private int port;

    TestSftpServer(Path work) throws IOException, GeneralSecurityException {
        this.root = Files.createDirectories(work.resolve("sftp-root"));
        this.keys = Files.createDirectories(work.resolve("keys"));
        this.userKey = rsa();
        this.hostKey = rsa();
        try (OutputStream out = Files.newOutputStream(privateKeyFile())) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(userKey, "hub-test", null, out);
        }
        writeKnownHosts(0);
    }

    private static KeyPair rsa() throws GeneralSecurityException {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    /** Starts (again) on the given port (0: a free one). */
    TestSftpServer start(int wantedPort) throws IOException {
        server = SshServer.setUpDefaultServer();
        server.setHost("127.0.0.1");
        server.setPort(wantedPort);
        server.setKeyPairProvider(KeyPairProvider.wrap(hostKey));
        server.setPublickeyAuthenticator((user, key, session) -> "hub".equals(user)
                && KeyUtils.compareKeys(key, userKey.getPublic()));
        server.setPasswordAuthenticator(null);
        server.setSubsystemFactories(List.of(new SftpSubsystemFactory()));
        server.setFileSystemFactory(new VirtualFileSystemFactory(root));
        server.start();
        port = server.getPort();
        return this;
    }

    void stop() throws IOException {
        if (server != null) {
            server.stop(true);
            server = null;
        }
    }

    /** The server presents a new host key from its next start (known_hosts keeps the old one). */
    void changeHostKey() throws GeneralSecurityException {
        hostKey = rsa();
    }

    /** known_hosts naming 127.0.0.1 at the port with the current host key. */
    void writeKnownHosts(int forPort) throws IOException {
        String host = forPort == 0 || forPort == 22 ? "127.0.0.1" : "[127.0.0.1]:" + forPort;
        Files.writeString(knownHostsFile(), host + " " + PublicKeyEntry.toString(hostKey.getPublic()) + "\n");
    }

    int port() {
        return port;
    }

    Path root() {
        return root;
    }

    Path privateKeyFile() {
        return keys.resolve("id_hub");
    }

    Path knownHostsFile() {
        return keys.resolve("known_hosts");
    }

    @Override
    public void close() throws IOException {
        stop();
    }
}
