package jp.kokuho.hub.security;

import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * The hub's users, marked locked while {@link LoginLockout} refuses them: Spring Security then refuses the login
 * before it looks at the password (LockedException), for every way of logging in.
 */
class LockingUserDetailsService implements UserDetailsService {

    private final UserDetailsService users;
    private final LoginLockout lockout;

    LockingUserDetailsService(UserDetailsService users, LoginLockout lockout) {
        this.users = users;
        this.lockout = lockout;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        UserDetails user = users.loadUserByUsername(username);
        return lockout.isLocked(user.getUsername()) ? User.withUserDetails(user).accountLocked(true).build() : user;
    }
}
