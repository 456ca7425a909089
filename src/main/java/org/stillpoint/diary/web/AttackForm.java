package org.stillpoint.diary.web;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.format.annotation.DateTimeFormat;
import org.stillpoint.diary.Attack;
import org.stillpoint.diary.AttackEntry;
import org.stillpoint.diary.AuraSymptom;
import org.stillpoint.diary.AuraType;
import org.stillpoint.diary.Disruption;
import org.stillpoint.diary.DrugClass;
import org.stillpoint.diary.Intensity;
import org.stillpoint.diary.MedicineEffect;
import org.stillpoint.diary.MedicineTaken;
import org.stillpoint.diary.Nausea;
import org.stillpoint.diary.PainQuality;
import org.stillpoint.diary.SelfCare;
import org.stillpoint.diary.Side;

/**
 * The attack page's form: every field of an {@link AttackEntry}, its times as the client's own wall-clock times (in
 * their diary's zone), aura symptoms and medicines as rows with one empty row to fill in, and the client's own
 * triggers as one line separated by commas. Rows left empty are dropped before the attack is saved, filled rows keep
 * their order, so that a field the diary names by its row ({@code medicines[0].drugClass}) is the row shown there. A
 * bean with setters, so that a value of the wrong type is one field's error and the rest of what was typed stays.
 */
public class AttackForm {

    static final String TIME = "yyyy-MM-dd'T'HH:mm";
    static final String TIME_WITH_SECONDS = "yyyy-MM-dd'T'HH:mm:ss";

    /** The empty rows offered below the filled ones. */
    static final int SPARE_ROWS = 1;
    /** The most rows the form grows to (the diary keeps no more either). */
    static final int MAX_ROWS = 20;

    @DateTimeFormat(pattern = TIME, fallbackPatterns = TIME_WITH_SECONDS)
    private LocalDateTime start;
    private boolean stillGoing;
    @DateTimeFormat(pattern = TIME, fallbackPatterns = TIME_WITH_SECONDS)
    private LocalDateTime end;
    private Boolean fellAsleep;
    private Integer peakPain;
    /** The category given without a score (through the API); kept while the form gives no score. */
    private Intensity intensity;
    private Side side;
    private List<String> areas = new ArrayList<>();
    private PainQuality quality;
    private Boolean worseWithActivity;
    private Nausea nausea;
    private Boolean vomiting;
    private Boolean photophobia;
    private Boolean phonophobia;
    private List<AuraRow> aura = new ArrayList<>();
    private List<MedicineRow> medicines = new ArrayList<>();
    private List<String> triggers = new ArrayList<>();
    private String ownTriggers;
    private List<SelfCare> selfCare = new ArrayList<>();
    private List<Disruption> stopped = new ArrayList<>();
    private String notes;
    private Integer version;

    /** One aura symptom. */
    public static class AuraRow {

        private AuraType type;
        private Boolean positive;
        private Integer minutes;
        private Side side;

        public AuraRow() {
        }

        AuraRow(AuraSymptom symptom) {
            this.type = symptom.type();
            this.positive = symptom.positive();
            this.minutes = symptom.minutes();
            this.side = symptom.side();
        }

        boolean empty() {
            return type == null && positive == null && minutes == null && side == null;
        }

        public AuraType getType() {
            return type;
        }

        public void setType(AuraType type) {
            this.type = type;
        }

        public Boolean getPositive() {
            return positive;
        }

        public void setPositive(Boolean positive) {
            this.positive = positive;
        }

        public Integer getMinutes() {
            return minutes;
        }

        public void setMinutes(Integer minutes) {
            this.minutes = minutes;
        }

        public Side getSide() {
            return side;
        }

        public void setSide(Side side) {
            this.side = side;
        }
    }

    /** One medicine taken; its class may be left for the diary to suggest from the product's name. */
    public static class MedicineRow {

        private String product;
        private DrugClass drugClass;
        @DateTimeFormat(pattern = TIME, fallbackPatterns = TIME_WITH_SECONDS)
        private LocalDateTime takenAt;
        private MedicineEffect effect;

        public MedicineRow() {
        }

        MedicineRow(MedicineTaken medicine, ZoneId zone) {
            this.product = medicine.product();
            this.drugClass = medicine.drugClass();
            this.takenAt = local(medicine.takenAt(), zone);
            this.effect = medicine.effect();
        }

        boolean empty() {
            return blank(product) && drugClass == null && takenAt == null && effect == null;
        }

        public String getProduct() {
            return product;
        }

        public void setProduct(String product) {
            this.product = product;
        }

        public DrugClass getDrugClass() {
            return drugClass;
        }

        public void setDrugClass(DrugClass drugClass) {
            this.drugClass = drugClass;
        }

        public LocalDateTime getTakenAt() {
            return takenAt;
        }

        public void setTakenAt(LocalDateTime takenAt) {
            this.takenAt = takenAt;
        }

        public MedicineEffect getEffect() {
            return effect;
        }

        public void setEffect(MedicineEffect effect) {
            this.effect = effect;
        }
    }

    /** An empty form for a new attack that began at {@code start} and is still going. */
    static AttackForm starting(LocalDateTime start) {
        AttackForm form = new AttackForm();
        form.start = start.truncatedTo(ChronoUnit.MINUTES);
        form.stillGoing = true;
        return form.compacted(SPARE_ROWS);
    }

    /** The form showing an attack of the diary, its times in {@code zone}. */
    static AttackForm of(Attack attack, ZoneId zone) {
        AttackEntry e = attack.entry();
        AttackForm form = new AttackForm();
        form.start = local(e.start(), zone);
        form.end = local(e.end(), zone);
        form.stillGoing = e.end() == null;
        form.fellAsleep = e.fellAsleep();
        form.peakPain = e.peakPain();
        form.intensity = e.peakPain() == null ? e.intensity() : null;
        form.side = e.side();
        form.areas = new ArrayList<>(e.areas());
        form.quality = e.quality();
        form.worseWithActivity = e.worseWithActivity();
        form.nausea = e.nausea();
        form.vomiting = e.vomiting();
        form.photophobia = e.photophobia();
        form.phonophobia = e.phonophobia();
        form.aura = new ArrayList<>(e.aura().stream().map(AuraRow::new).toList());
        form.medicines = new ArrayList<>(e.medicines().stream().map(m -> new MedicineRow(m, zone)).toList());
        form.triggers = new ArrayList<>(e.triggers());
        form.ownTriggers = e.ownTriggers().isEmpty() ? null : String.join(", ", e.ownTriggers());
        form.selfCare = new ArrayList<>(e.selfCare());
        form.stopped = new ArrayList<>(e.stopped());
        form.notes = e.notes();
        form.version = attack.version();
        return form.compacted(SPARE_ROWS);
    }

    /** The same form with its filled rows first and {@code spares} empty rows after them. */
    AttackForm compacted(int spares) {
        aura = withSpares(aura.stream().filter(r -> r != null && !r.empty()).toList(), AuraRow::new, spares);
        medicines = withSpares(medicines.stream().filter(r -> r != null && !r.empty()).toList(), MedicineRow::new,
                spares);
        return this;
    }

    /**
     * The same form with every posted row where it was (so that a field error naming a row still names that row) and
     * {@code spares} empty rows after them.
     */
    AttackForm padded(int spares) {
        aura = withSpares(aura.stream().map(r -> r == null ? new AuraRow() : r).toList(), AuraRow::new, spares);
        medicines = withSpares(medicines.stream().map(r -> r == null ? new MedicineRow() : r).toList(),
                MedicineRow::new, spares);
        return this;
    }

    /** The form with one more empty row in {@code list} ("aura" or "medicines"; anything else changes nothing). */
    AttackForm withRow(String list) {
        if ("aura".equals(list) && aura.size() < MAX_ROWS) {
            aura.add(new AuraRow());
        } else if ("medicines".equals(list) && medicines.size() < MAX_ROWS) {
            medicines.add(new MedicineRow());
        }
        return this;
    }

    /** Whether the client said it ended but gave no end (an end given wins over "still going"). */
    boolean endMissing() {
        return !stillGoing && end == null;
    }

    /** The attack the form describes, its times read in {@code zone}; empty rows are left out. */
    AttackEntry entry(ZoneId zone) {
        List<AuraSymptom> symptoms = aura.stream().filter(r -> r != null && !r.empty())
                .map(r -> new AuraSymptom(r.type, r.positive, r.minutes, r.side)).toList();
        List<MedicineTaken> taken = medicines.stream().filter(r -> r != null && !r.empty())
                .map(r -> new MedicineTaken(r.product, r.drugClass, instant(r.takenAt, zone), r.effect)).toList();
        List<String> own = blank(ownTriggers) ? List.of()
                : Arrays.stream(ownTriggers.split("[,;\\n]")).map(String::strip).filter(t -> !t.isEmpty()).toList();
        return new AttackEntry(instant(start, zone), instant(end, zone), fellAsleep, peakPain,
                peakPain == null ? intensity : null, side, areas, quality, worseWithActivity, nausea, vomiting,
                photophobia, phonophobia, symptoms, taken, triggers, own, selfCare, stopped, notes);
    }

    private static <T> List<T> withSpares(List<T> filled, java.util.function.Supplier<T> empty, int spares) {
        List<T> rows = new ArrayList<>(filled);
        for (int i = 0; i < spares && rows.size() < MAX_ROWS; i++) {
            rows.add(empty.get());
        }
        return rows;
    }

    private static LocalDateTime local(Instant time, ZoneId zone) {
        return time == null ? null : LocalDateTime.ofInstant(time, zone).truncatedTo(ChronoUnit.MINUTES);
    }

    private static Instant instant(LocalDateTime time, ZoneId zone) {
        return time == null ? null : time.atZone(zone).toInstant();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }

    public LocalDateTime getStart() {
        return start;
    }

    public void setStart(LocalDateTime start) {
        this.start = start;
    }

    public boolean isStillGoing() {
        return stillGoing;
    }

    public void setStillGoing(boolean stillGoing) {
        this.stillGoing = stillGoing;
    }

    public LocalDateTime getEnd() {
        return end;
    }

    public void setEnd(LocalDateTime end) {
        this.end = end;
    }

    public Boolean getFellAsleep() {
        return fellAsleep;
    }

    public void setFellAsleep(Boolean fellAsleep) {
        this.fellAsleep = fellAsleep;
    }

    public Integer getPeakPain() {
        return peakPain;
    }

    public void setPeakPain(Integer peakPain) {
        this.peakPain = peakPain;
    }

    public Intensity getIntensity() {
        return intensity;
    }

    public void setIntensity(Intensity intensity) {
        this.intensity = intensity;
    }

    public Side getSide() {
        return side;
    }

    public void setSide(Side side) {
        this.side = side;
    }

    public List<String> getAreas() {
        return areas;
    }

    public void setAreas(List<String> areas) {
        this.areas = areas == null ? new ArrayList<>() : areas;
    }

    public PainQuality getQuality() {
        return quality;
    }

    public void setQuality(PainQuality quality) {
        this.quality = quality;
    }

    public Boolean getWorseWithActivity() {
        return worseWithActivity;
    }

    public void setWorseWithActivity(Boolean worseWithActivity) {
        this.worseWithActivity = worseWithActivity;
    }

    public Nausea getNausea() {
        return nausea;
    }

    public void setNausea(Nausea nausea) {
        this.nausea = nausea;
    }

    public Boolean getVomiting() {
        return vomiting;
    }

    public void setVomiting(Boolean vomiting) {
        this.vomiting = vomiting;
    }

    public Boolean getPhotophobia() {
        return photophobia;
    }

    public void setPhotophobia(Boolean photophobia) {
        this.photophobia = photophobia;
    }

    public Boolean getPhonophobia() {
        return phonophobia;
    }

    public void setPhonophobia(Boolean phonophobia) {
        this.phonophobia = phonophobia;
    }

    public List<AuraRow> getAura() {
        return aura;
    }

    public void setAura(List<AuraRow> aura) {
        this.aura = aura == null ? new ArrayList<>() : aura;
    }

    public List<MedicineRow> getMedicines() {
        return medicines;
    }

    public void setMedicines(List<MedicineRow> medicines) {
        this.medicines = medicines == null ? new ArrayList<>() : medicines;
    }

    public List<String> getTriggers() {
        return triggers;
    }

    public void setTriggers(List<String> triggers) {
        this.triggers = triggers == null ? new ArrayList<>() : triggers;
    }

    public String getOwnTriggers() {
        return ownTriggers;
    }

    public void setOwnTriggers(String ownTriggers) {
        this.ownTriggers = ownTriggers;
    }

    public List<SelfCare> getSelfCare() {
        return selfCare;
    }

    public void setSelfCare(List<SelfCare> selfCare) {
        this.selfCare = selfCare == null ? new ArrayList<>() : selfCare;
    }

    public List<Disruption> getStopped() {
        return stopped;
    }

    public void setStopped(List<Disruption> stopped) {
        this.stopped = stopped == null ? new ArrayList<>() : stopped;
    }

    public String getNotes() {
        return notes;
    }

    public void setNotes(String notes) {
        this.notes = notes;
    }

    public Integer getVersion() {
        return version;
    }

    public void setVersion(Integer version) {
        this.version = version;
    }
}
