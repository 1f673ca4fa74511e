package jp.kokuho.hub.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login for the HTTP API, the pages and Hawtio ({@code hub.security.*}; also HUB_SECURITY_OPERATOR_USERNAME, ...).
 * パスワードは設定ファイルに書かず環境変数で渡す。開発用プロファイル(sample, dev)以外では未設定なら起動しない。
 */
@ConfigurationProperties(prefix = "hub.security")
public record SecurityProperties(@DefaultValue User operator, @DefaultValue User admin, @DefaultValue Lockout lockout) {

    @ConstructorBinding
    public SecurityProperties {
    }

    /** Users with the default lockout (tests). */
    public SecurityProperties(User operator, User admin) {
        this(operator, admin, new Lockout(10, Duration.ofMinutes(5), Duration.ofMinutes(15)));
    }

    public record User(@DefaultValue("") String username, @DefaultValue("") String password) {
    }

    /**
     * @param maxFailures failed logins of one user within {@code window} that lock the user out (0 = never)
     * @param window      how far back failed logins count
     * @param duration    how long a locked-out user is refused (even with the right password)
     */
    public record Lockout(@DefaultValue("10") int maxFailures, @DefaultValue("PT5M") Duration window,
                          @DefaultValue("PT15M") Duration duration) {
    }
}
