package org.stillpoint.diary.web;

import org.stillpoint.diary.DayCheckIn;
import org.stillpoint.diary.DayStatus;
import org.stillpoint.diary.DiaryDay;

/**
 * A day's check-in as the page posts it: the status from the button pressed, the menstruation box (only for clients
 * who record it; otherwise not sent and left null) and an optional note.
 */
public class DayForm {

    private DayStatus status;
    private Boolean menstruation;
    private String note;

    static DayForm of(DiaryDay day) {
        DayForm form = new DayForm();
        if (day != null) {
            form.status = day.status();
            form.menstruation = day.menstruation();
            form.note = day.note();
        }
        return form;
    }

    DayCheckIn checkIn() {
        return new DayCheckIn(status, menstruation, note);
    }

    public DayStatus getStatus() {
        return status;
    }

    public void setStatus(DayStatus status) {
        this.status = status;
    }

    public Boolean getMenstruation() {
        return menstruation;
    }

    public void setMenstruation(Boolean menstruation) {
        this.menstruation = menstruation;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
