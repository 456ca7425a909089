package org.stillpoint.clients;

/**
 * How to reach a client and who else to call: phone, address, an emergency contact, the language they prefer,
 * and the doctor or clinician who treats their headaches (for referral letters). Every part is optional.
 */
public record ClientContact(String phone, String address, String emergencyContactName,
                            String emergencyContactPhone, String preferredLanguage, String doctorName,
                            String doctorContact) {

    public static ClientContact none() {
        return new ClientContact(null, null, null, null, null, null, null);
    }
}
