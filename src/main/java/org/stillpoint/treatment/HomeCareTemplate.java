package org.stillpoint.treatment;

/**
 * A home-care exercise the therapist builds plans from, with its defaults. Its name and instructions are the
 * messages {@code home-care.template.<key>} and {@code home-care.template.<key>.how}.
 *
 * @param times     the default count for a counted frequency, else null
 * @param amount    the default minutes or glasses ({@link #measure})
 * @param maxAmount the most minutes or glasses a plan may ask for
 * @param heat      whether it warms: never during an attack (clinical-reference §6.3)
 */
public record HomeCareTemplate(String key, HomeCareFrequency frequency, Integer times, HomeCareMeasure measure,
                               int amount, int maxAmount, boolean heat) {

    /** The message key of a template's name. */
    public static String nameKey(String templateKey) {
        return "home-care.template." + templateKey;
    }

    /** The message key of a template's instructions for the client. */
    public static String instructionsKey(String templateKey) {
        return "home-care.template." + templateKey + ".how";
    }
}
