package jp.kokuho.hub.sftp;

import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * SFTP bindings ({@code hub.sftp.inbound.<feed>.*}, {@code hub.sftp.outbound.<box>.*}). A feed or box without
 * a binding has no SFTP route. パスワード認証はない(鍵認証のみ)。ホスト鍵は known-hosts-file で検証する。
 */
@ConfigurationProperties(prefix = "hub.sftp")
public record SftpProperties(@DefaultValue Map<String, Binding> inbound, @DefaultValue Map<String, Binding> outbound) {

    /**
     * @param host           server name or address
     * @param port           SSH port (22)
     * @param user           login name
     * @param privateKeyFile the hub's private key (OpenSSH or PEM; never in the repository)
     * @param knownHostsFile known_hosts holding the server's host key (checked strictly)
     * @param remoteDir      remote folder, relative to the login folder (or absolute)
     * @param pollMs         how often the remote folder (inbound) or the outbox (outbound) is looked at
     * @param stableMs       inbound: a remote file is taken once its size and time stayed the same this long
     * @param remoteDoneDir  inbound: move fetched files here on the server instead of deleting them (optional)
     */
    public record Binding(String host, @DefaultValue("22") int port, String user, String privateKeyFile,
                          String knownHostsFile, @DefaultValue(".") String remoteDir,
                          @DefaultValue("10000") long pollMs, @DefaultValue("2000") long stableMs,
                          String remoteDoneDir) {
    }
}
