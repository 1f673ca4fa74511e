package jp.kokuho.hub.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Login for the HTTP API and Hawtio ({@code hub.security.*}; also HUB_SECURITY_OPERATOR_USERNAME, ...).
 * パスワードは設定ファイルに書かず環境変数で渡す。開発用プロファイル(sample, dev)以外では未設定なら起動しない。
 */
@ConfigurationProperties(prefix = "hub.security")
public record SecurityProperties(@DefaultValue User operator, @DefaultValue User admin) {

    public record User(@DefaultValue("") String username, @DefaultValue("") String password) {
    }
}
