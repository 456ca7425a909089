package org.stillpoint.platform;

/** What a signed-in person may do here (DESIGN §1). */
public enum Role {
    OWNER, FRONT_DESK, THERAPIST, CLIENT;

    public boolean isStaff() {
        return this != CLIENT;
    }

    /** The Spring Security authority name for this role. */
    public String authority() {
        return "ROLE_" + name();
    }
}
