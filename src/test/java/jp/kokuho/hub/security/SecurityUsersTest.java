package jp.kokuho.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;


/** No default password outside the development profiles; in sample/dev one generated once, kept and reused. */
class SecurityUsersTest {

    private static final SecurityProperties.User NONE = new SecurityProperties.User("", "");
    private static final PasswordEncoder ENCODER = PasswordEncoderFactories.createDelegatingPasswordEncoder();

    @TempDir
    Path dataDir;

    private UserDetailsService users(SecurityProperties properties, MockEnvironment environment) {
        LoginLockout lockout = new LoginLockout(properties, null, Clock.systemUTC());
        return new SecurityConfiguration().users(properties, environment, dataDir, lockout);
    }

    @Test
    void missingCredentialsStopTheStartOutsideDevelopmentProfiles() {
        MockEnvironment production = new MockEnvironment();
        assertThatThrownBy(() -> users(new SecurityProperties(NONE, NONE), production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.security.operator.username and hub.security.operator.password must be set");
        SecurityProperties noAdminPassword = new SecurityProperties(new SecurityProperties.User("op", "pw"),
                new SecurityProperties.User("adm", ""));
        assertThatThrownBy(() -> users(noAdminPassword, production)).hasMessageContaining("hub.security.admin");
        assertThat(dataDir.resolve(SampleCredentials.FILE_NAME)).doesNotExist();
    }

    @Test
    void configuredUsersHaveTheirRoles() {
        UserDetailsService users = users(new SecurityProperties(
                new SecurityProperties.User("op", "pw1"), new SecurityProperties.User("adm", "pw2")), new MockEnvironment());
        assertThat(users.loadUserByUsername("op").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_operator");
        assertThat(users.loadUserByUsername("adm").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_admin");
        assertThat(users.loadUserByUsername("op").getPassword()).startsWith("{bcrypt}");
    }

    @Test
    void sampleProfileGeneratesPasswordsOnceIntoAnOwnerOnlyFileAndReusesThem() throws Exception {
        MockEnvironment sample = new MockEnvironment();
        sample.setActiveProfiles("sample");
        UserDetailsService first = users(new SecurityProperties(NONE, NONE), sample);
        Path file = dataDir.resolve(SampleCredentials.FILE_NAME);
        assertThat(file).exists();
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        Properties kept = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            kept.load(in);
        }
        String operatorPassword = kept.getProperty("operator");
        assertThat(operatorPassword).hasSizeGreaterThan(20);
        assertThat(ENCODER.matches(operatorPassword, first.loadUserByUsername("operator").getPassword())).isTrue();
        assertThat(ENCODER.matches(kept.getProperty("admin"), first.loadUserByUsername("admin").getPassword())).isTrue();

        // the next start reads the same passwords
        UserDetailsService second = users(new SecurityProperties(NONE, NONE), sample);
        assertThat(ENCODER.matches(operatorPassword, second.loadUserByUsername("operator").getPassword())).isTrue();
        Properties again = new Properties();
        try (var in = Files.newBufferedReader(file)) {
            again.load(in);
        }
        assertThat(again).isEqualTo(kept);
    }
}
