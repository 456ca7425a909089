package org.stillpoint.intake.domain;

/** A yes/no medical concern with the client's details: where on the body, or which oils. */
public record Concern(Boolean present, String detail) {

    public static Concern no() {
        return new Concern(false, null);
    }

    public static Concern yes(String detail) {
        return new Concern(true, detail);
    }

    public boolean yes() {
        return Boolean.TRUE.equals(present);
    }
}
