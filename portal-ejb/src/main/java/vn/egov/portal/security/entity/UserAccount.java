package vn.egov.portal.security.entity;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.OneToMany;
import jakarta.persistence.QueryHint;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import vn.egov.portal.platform.entity.PersistentEntity;
import vn.egov.portal.platform.i18n.control.Text;
import vn.egov.portal.site.entity.OrgUnit;
import vn.egov.portal.site.entity.Site;

/**
 * A person who works in the portal. Only a salted PBKDF2 hash of the password is kept; failed
 * attempts lock the account for a growing time, so guessing is slow whatever the network does.
 */
@Entity
@Table(name = "user_account")
@NamedQuery(name = UserAccount.BY_USERNAME, query = "select a from UserAccount a where a.username = :username")
@NamedQuery(name = UserAccount.ALL, query = "select a from UserAccount a order by a.username")
// Every request of a logged-in official asks again whether their session still stands. Read-only
// results from EclipseLink's query cache, which drops them on any change to an account (disabled,
// new password, a role granted or taken): no SQL and no working copy per request, and no lock on the
// account's cache entry, where many sessions of one account queued behind each other (issue 15).
@NamedQuery(
        name = UserAccount.FOR_SESSION,
        query = "select a from UserAccount a where a.username = :username",
        hints = {
            @QueryHint(name = "eclipselink.read-only", value = "true"),
            @QueryHint(name = "eclipselink.query-results-cache", value = "true")
        })
@NamedQuery(
        name = UserAccount.HOLDERS_OF,
        query = "select count(distinct g.account) from RoleGrant g where g.role = :role and g.account.enabled = true")
public class UserAccount extends PersistentEntity {

    public static final String BY_USERNAME = "UserAccount.byUsername";
    public static final String ALL = "UserAccount.all";
    public static final String FOR_SESSION = "UserAccount.forSession";
    public static final String HOLDERS_OF = "UserAccount.holdersOf";

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{2,63}");
    /** How long a place stays familiar without a log-in from it, and how many are kept. */
    public static final Duration PLACE_MEMORY = Duration.ofDays(90);

    public static final int PLACES_KEPT = 10;

    @Column(nullable = false, unique = true, length = 64)
    private String username;

    @Column(nullable = false, length = 200)
    private String displayName;

    @Column(length = 200)
    private String email;

    @Column(nullable = false, length = 300)
    private String passwordHash;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(nullable = false)
    private int failedAttempts;

    private Instant lockedUntil;

    private Instant passwordChangedAt;

    private Instant lastLoginAt;

    @Column(nullable = false)
    private Instant createdAt;

    @OneToMany(mappedBy = "account", cascade = CascadeType.ALL, orphanRemoval = true)
    private List<RoleGrant> grants = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "user_account_place", joinColumns = @JoinColumn(name = "account_id"))
    private List<KnownPlace> knownPlaces = new ArrayList<>();

    protected UserAccount() {}

    public UserAccount(String username, String displayName, String email, String passwordHash, Instant now) {
        this.username = requireValidUsername(username);
        this.displayName = Objects.requireNonNull(Text.clean(displayName), "displayName");
        this.email = Text.clean(email);
        this.passwordHash = Objects.requireNonNull(passwordHash, "passwordHash");
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    /** The account of a user name, however it was typed. */
    public static Optional<UserAccount> find(EntityManager em, String username) {
        return em
                .createNamedQuery(BY_USERNAME, UserAccount.class)
                .setParameter("username", normalizeUsername(username))
                .getResultList()
                .stream()
                .findFirst();
    }

    /**
     * The account of a logged-in session, shared and read-only: for reading whether the session
     * stands and which roles it has, never for changing the account.
     */
    public static Optional<UserAccount> findForSession(EntityManager em, String username) {
        return em
                .createNamedQuery(FOR_SESSION, UserAccount.class)
                .setParameter("username", normalizeUsername(username))
                .getResultList()
                .stream()
                .findFirst();
    }

    /** User names compare in NFC lower case, so "Admin" and "admin" are one account. */
    public static String normalizeUsername(String raw) {
        return raw == null ? "" : Text.nfc(raw).strip().toLowerCase(Locale.ROOT);
    }

    public static boolean isValidUsername(String normalized) {
        return normalized != null && USERNAME.matcher(normalized).matches();
    }

    private static String requireValidUsername(String raw) {
        String normalized = normalizeUsername(raw);
        if (!isValidUsername(normalized)) {
            throw new IllegalArgumentException("Not a valid user name: " + raw);
        }
        return normalized;
    }

    public RoleGrant grant(Role role, Site site, OrgUnit orgUnit) {
        return grants.stream()
                .filter(existing -> existing.sameAs(role, site, orgUnit))
                .findFirst()
                .orElseGet(() -> {
                    RoleGrant added = new RoleGrant(this, role, site, orgUnit);
                    grants.add(added);
                    return added;
                });
    }

    public void revoke(RoleGrant grant) {
        grants.remove(grant);
    }

    /** The container groups: one per role held, whatever its scope. */
    public Set<String> groups() {
        Set<String> groups = new TreeSet<>();
        grants.forEach(grant -> groups.add(grant.getRole().group()));
        return groups;
    }

    public boolean holds(Role role) {
        return grants.stream().anyMatch(grant -> grant.getRole() == role);
    }

    public boolean holds(Role role, Site site) {
        return grants.stream().anyMatch(grant -> grant.covers(role, site));
    }

    public boolean holds(Role role, OrgUnit unit) {
        return grants.stream().anyMatch(grant -> grant.covers(role, unit));
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Locked for strangers: refused unless the attempt comes from a place the owner used lately. */
    public boolean refusesFrom(String placeDigest, Instant now) {
        return isLocked(now) && !isKnownPlace(placeDigest, now);
    }

    public boolean isKnownPlace(String placeDigest, Instant now) {
        Instant since = now.minus(PLACE_MEMORY);
        return knownPlaces.stream().anyMatch(place -> place.is(placeDigest) && place.seenSince(since));
    }

    /** A log-in succeeded from this place: it is familiar from now on; the oldest beyond the limit are dropped. */
    public void rememberPlace(String placeDigest, Instant now) {
        knownPlaces.removeIf(place -> place.is(placeDigest) || !place.seenSince(now.minus(PLACE_MEMORY)));
        knownPlaces.add(new KnownPlace(placeDigest, now));
        if (knownPlaces.size() > PLACES_KEPT) {
            knownPlaces.sort(Comparator.comparing(KnownPlace::getLastLoginAt).reversed());
            knownPlaces.subList(PLACES_KEPT, knownPlaces.size()).clear();
        }
    }

    /** Whether a session opened at {@code loggedInAt} still stands: the account is on and its password unchanged since. */
    public boolean admitsSessionFrom(Instant loggedInAt) {
        return enabled && (passwordChangedAt == null || !passwordChangedAt.isAfter(loggedInAt));
    }

    public void recordFailedLogin(Instant lockedUntil) {
        this.failedAttempts++;
        this.lockedUntil = lockedUntil;
    }

    public void recordLogin(Instant now) {
        this.failedAttempts = 0;
        this.lockedUntil = null;
        this.lastLoginAt = now;
    }

    public void changePasswordHash(String newHash, Instant now) {
        this.passwordHash = Objects.requireNonNull(newHash, "newHash");
        this.passwordChangedAt = now;
        this.failedAttempts = 0;
        this.lockedUntil = null;
    }

    public void rehash(String strongerHash) {
        this.passwordHash = Objects.requireNonNull(strongerHash, "strongerHash");
    }

    public void disable() {
        this.enabled = false;
    }

    public void enable() {
        this.enabled = true;
    }

    public void describe(String displayName, String email) {
        this.displayName = Objects.requireNonNull(Text.clean(displayName), "displayName");
        this.email = Text.clean(email);
    }

    public String getUsername() {
        return username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public Instant getLockedUntil() {
        return lockedUntil;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public List<RoleGrant> getGrants() {
        return Collections.unmodifiableList(grants);
    }
}
