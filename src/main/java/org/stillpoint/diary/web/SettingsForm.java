package org.stillpoint.diary.web;

import org.stillpoint.diary.DiarySettings;

/**
 * The diary settings page's form: the time zone by name, the evening reminder and its time (hours and minutes), and
 * whether the client records menstruation days. Read as the API reads its request, so both refuse the same input.
 */
public class SettingsForm {

    private String zone;
    private boolean reminder;
    private String reminderAt;
    private boolean tracksMenstruation;

    static SettingsForm of(DiarySettings settings) {
        SettingsForm form = new SettingsForm();
        form.zone = settings.zone().getId();
        form.reminder = settings.reminder();
        form.reminderAt = settings.reminderAt().toString();
        form.tracksMenstruation = settings.tracksMenstruation();
        return form;
    }

    /**
     * @throws org.stillpoint.platform.InvalidInput naming {@code zone} or {@code reminderAt}
     */
    DiarySettings settings() {
        return new DiaryApiController.SettingsRequest(zone, reminder, reminderAt, tracksMenstruation).settings();
    }

    public String getZone() {
        return zone;
    }

    public void setZone(String zone) {
        this.zone = zone;
    }

    public boolean isReminder() {
        return reminder;
    }

    public void setReminder(boolean reminder) {
        this.reminder = reminder;
    }

    public String getReminderAt() {
        return reminderAt;
    }

    public void setReminderAt(String reminderAt) {
        this.reminderAt = reminderAt;
    }

    public boolean isTracksMenstruation() {
        return tracksMenstruation;
    }

    public void setTracksMenstruation(boolean tracksMenstruation) {
        this.tracksMenstruation = tracksMenstruation;
    }
}
