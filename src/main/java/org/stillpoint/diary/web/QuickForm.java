package org.stillpoint.diary.web;

import java.util.List;

/**
 * The three-tap entry of the "Migraine now" page: the pain now (0–10) and when it began, as minutes before now (one
 * of {@link #STARTED}; now unless the client picks another).
 */
public class QuickForm {

    /** The starts offered, in minutes before now. */
    static final List<Integer> STARTED = List.of(0, 15, 30, 60);

    private Integer peakPain;
    private Integer minutesAgo = 0;

    boolean knownStart() {
        return minutesAgo == null || STARTED.contains(minutesAgo);
    }

    int minutes() {
        return minutesAgo == null ? 0 : minutesAgo;
    }

    public Integer getPeakPain() {
        return peakPain;
    }

    public void setPeakPain(Integer peakPain) {
        this.peakPain = peakPain;
    }

    public Integer getMinutesAgo() {
        return minutesAgo;
    }

    public void setMinutesAgo(Integer minutesAgo) {
        this.minutesAgo = minutesAgo;
    }
}
