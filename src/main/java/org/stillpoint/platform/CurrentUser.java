package org.stillpoint.platform;

/**
 * The person behind the current request. Controllers take it as a parameter; facades use it to check, record by
 * record, what the caller may see.
 */
public record CurrentUser(AccountId accountId, String email, String displayName, Role role) {

    public boolean is(Role other) {
        return role == other;
    }

    public boolean isStaff() {
        return role.isStaff();
    }
}
