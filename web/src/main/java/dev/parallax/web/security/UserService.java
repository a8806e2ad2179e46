package dev.parallax.web.security;

import dev.parallax.db.SessionRepository;
import dev.parallax.db.UserEntity;
import dev.parallax.db.UserRepository;
import dev.parallax.web.api.Problem;
import dev.parallax.web.api.ProblemException;
import dev.parallax.web.api.UserView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Managing users, for admins. There is always at least one admin: removing or demoting the last
 * one is refused (409), and the admins are locked while that is checked, so two admins demoting
 * each other at once cannot both succeed.
 */
@ApplicationScoped
public class UserService {
    static final int MIN_PASSWORD_LENGTH = 8;
    private static final int MAX_PASSWORD_LENGTH = 72; // bcrypt reads no further
    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._@-]{0,63}");

    private final UserRepository users;
    private final SessionRepository sessions;
    private final AccountService accounts;

    public UserService(UserRepository users, SessionRepository sessions, AccountService accounts) {
        this.users = users;
        this.sessions = sessions;
        this.accounts = accounts;
    }

    @Transactional
    public List<UserView> list() {
        return users.listByName().stream().map(UserService::view).toList();
    }

    @Transactional
    public UserView get(String username) {
        return view(find(username));
    }

    @Transactional
    public UserView create(String username, String password, String roleText) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ProblemException.badField("username",
                    "is required: 1 to 64 letters, digits, '.', '_', '@' or '-', starting with a letter or digit");
        }
        Role role = role(roleText);
        String hash = AccountService.hash(checkPassword(password));
        if (users.findByUsername(username).isPresent()) {
            throw new ProblemException(409, "user-exists", "User exists", "a user named '" + username
                    + "' already exists", List.of(Problem.Error.field("username", "already taken")));
        }
        UserEntity user = new UserEntity();
        user.username = username;
        user.role = role.label();
        user.passwordHash = hash;
        users.persist(user);
        users.flush();
        users.getEntityManager().refresh(user); // created_at comes from the database
        return view(user);
    }

    /** Changes the role and/or the password; a new password ends the user's page sessions. */
    @Transactional
    public UserView update(String username, Optional<String> roleText, Optional<String> password) {
        if (roleText.isEmpty() && password.isEmpty()) {
            throw ProblemException.badField("role", "send role, password or both");
        }
        Optional<Role> role = roleText.map(UserService::role);
        String hash = password.map(p -> AccountService.hash(checkPassword(p))).orElse(null);
        UserEntity user = find(username);
        if (role.isPresent() && role.get() != Role.ADMIN && Role.ADMIN.label().equals(user.role)) {
            requireAnotherAdmin(user, "demote");
        }
        role.ifPresent(r -> user.role = r.label());
        accounts.forget(user.username);
        if (hash != null) {
            user.passwordHash = hash;
            sessions.deleteForUser(user.id);
        }
        return view(user);
    }

    /** Deletes the user with its tokens and sessions; what it did stays in audit rows by name. */
    @Transactional
    public void delete(String username) {
        UserEntity user = find(username);
        if (Role.ADMIN.label().equals(user.role)) {
            requireAnotherAdmin(user, "delete");
        }
        users.delete(user);
        accounts.forget(user.username);
    }

    private void requireAnotherAdmin(UserEntity user, String verb) {
        boolean another = users.lockWithRole(Role.ADMIN.label()).stream().anyMatch(u -> !u.id.equals(user.id));
        if (!another) {
            throw new ProblemException(409, "last-admin", "Last admin", "cannot " + verb + " '" + user.username
                    + "': it is the last admin; make another user admin first", List.of(
                    Problem.Error.field(verb.equals("delete") ? "username" : "role", "the last admin must stay")));
        }
    }

    static UserView view(UserEntity user) {
        return new UserView(user.id, user.username, user.role, user.createdAt);
    }

    private UserEntity find(String username) {
        return users.findByUsername(username).orElseThrow(() -> new ProblemException(404, "not-found",
                "Not Found", "no user named '" + username + "'", List.of()));
    }

    private static Role role(String text) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badField("role", "is required: one of " + Role.labels());
        }
        return Role.parse(text).orElseThrow(() -> ProblemException.badField("role",
                "unknown role '" + text + "': use one of " + Role.labels()));
    }

    private static String checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw ProblemException.badField("password", "is required: at least " + MIN_PASSWORD_LENGTH + " characters");
        }
        if (password.getBytes(java.nio.charset.StandardCharsets.UTF_8).length > MAX_PASSWORD_LENGTH) {
            throw ProblemException.badField("password", "at most " + MAX_PASSWORD_LENGTH + " bytes (bcrypt ignores the rest)");
        }
        return password;
    }
}
