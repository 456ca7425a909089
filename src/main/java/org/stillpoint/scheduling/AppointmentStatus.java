package org.stillpoint.scheduling;

/** Where an appointment stands: booked, then cancelled, or after its start attended (completed) or missed. */
public enum AppointmentStatus {
    BOOKED, CANCELLED, COMPLETED, MISSED
}
