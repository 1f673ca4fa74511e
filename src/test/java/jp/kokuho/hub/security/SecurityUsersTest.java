package jp.kokuho.hub.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;
import org.springframework.security.core.userdetails.UserDetailsService;

/** No default password outside the development profiles; a generated one in sample/dev. */
class SecurityUsersTest {

    private static final SecurityProperties.User NONE = new SecurityProperties.User("", "");

    @Test
    void missingCredentialsStopTheStartOutsideDevelopmentProfiles() {
        MockEnvironment production = new MockEnvironment();
        assertThatThrownBy(() -> new SecurityConfiguration().hubUsers(new SecurityProperties(NONE, NONE), production))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("hub.security.operator.username and hub.security.operator.password must be set");
        SecurityProperties noAdminPassword = new SecurityProperties(new SecurityProperties.User("op", "pw"),
                new SecurityProperties.User("adm", ""));
        assertThatThrownBy(() -> new SecurityConfiguration().hubUsers(noAdminPassword, production))
                .hasMessageContaining("hub.security.admin");
    }

    @Test
    void configuredUsersHaveTheirRoles() {
        UserDetailsService users = new SecurityConfiguration().hubUsers(new SecurityProperties(
                new SecurityProperties.User("op", "pw1"), new SecurityProperties.User("adm", "pw2")), new MockEnvironment());
        assertThat(users.loadUserByUsername("op").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_operator");
        assertThat(users.loadUserByUsername("adm").getAuthorities()).extracting(Object::toString)
                .containsExactly("ROLE_admin");
        assertThat(users.loadUserByUsername("op").getPassword()).startsWith("{bcrypt}");
    }

    @Test
    void sampleProfileGeneratesPasswords() {
        MockEnvironment sample = new MockEnvironment();
        sample.setActiveProfiles("sample");
        UserDetailsService users = new SecurityConfiguration().hubUsers(new SecurityProperties(NONE, NONE), sample);
        assertThat(users.loadUserByUsername("operator").getPassword()).isNotBlank();
        assertThat(users.loadUserByUsername("admin").getPassword()).isNotBlank();
    }
}
