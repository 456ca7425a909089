package org.stillpoint.treatment;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clinic.Technique;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.FieldProblems;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.InvalidInput;
import org.stillpoint.platform.InvalidInput.FieldMessage;
import org.stillpoint.platform.Role;

/**
 * The technique catalogue: the seven techniques, seeded with the clinic (db/migration/common/V14), described for
 * therapists and clients. Anyone may read it; only the owner changes it, and each change is audited. Its wording
 * describes the work and never claims that it treats, cures or prevents migraine (clinical-reference §8).
 */
@Service
public class TechniqueCatalogue {

    /** The pressure scale of plans and of the catalogue: 1 lightest, 5 firmest. */
    public static final int LIGHTEST = 1;
    public static final int FIRMEST = 5;

    static final int DESCRIPTION_MAX = 1000;
    static final int NOTE_MAX = 500;

    private final JdbcClient jdbc;
    private final AuditLog audit;

    TechniqueCatalogue(JdbcClient jdbc, AuditLog audit) {
        this.jdbc = jdbc;
        this.audit = audit;
    }

    /** Every technique, in the order of {@link Technique}. */
    @Transactional(readOnly = true)
    public List<TechniqueView> all() {
        Map<Technique, List<BodyArea>> areas = new LinkedHashMap<>();
        jdbc.sql("SELECT technique, area FROM technique_area ORDER BY technique, area")
                .query(rs -> {
                    areas.computeIfAbsent(Technique.valueOf(rs.getString(1)), t -> new ArrayList<>())
                            .add(BodyArea.valueOf(rs.getString(2)));
                });
        return jdbc.sql("""
                        SELECT technique, description, default_pressure, heat, during_attack, attack_note, version
                          FROM technique""")
                .query((rs, n) -> {
                    Technique technique = Technique.valueOf(rs.getString("technique"));
                    return new TechniqueView(technique, rs.getString("description"),
                            areasOf(areas.getOrDefault(technique, List.of())), rs.getInt("default_pressure"),
                            rs.getBoolean("heat"), AttackUse.valueOf(rs.getString("during_attack")),
                            rs.getString("attack_note"), rs.getLong("version"));
                })
                .list().stream()
                .sorted((a, b) -> a.technique().compareTo(b.technique()))
                .toList();
    }

    @Transactional(readOnly = true)
    public Optional<TechniqueView> find(Technique technique) {
        return all().stream().filter(t -> t.technique() == technique).findFirst();
    }

    /**
     * The owner changes a technique's description, areas, default pressure, heat and use during an attack: 400
     * naming each wrong field, 409 when someone else changed it since {@code version}.
     */
    @Transactional
    public TechniqueView update(Technique technique, TechniqueDetails details) {
        CurrentUser owner = Accounts.require(Role.OWNER);
        check(details);
        int changed = jdbc.sql("""
                UPDATE technique SET description = :description, default_pressure = :pressure, heat = :heat,
                       during_attack = :attack, attack_note = :note, version = version + 1
                 WHERE technique = :technique AND version = :version""")
                .param("description", details.description().strip())
                .param("pressure", details.defaultPressure())
                .param("heat", details.heat())
                .param("attack", details.duringAttack().name())
                .param("note", FieldProblems.blankToNull(details.attackNote()))
                .param("technique", technique.name())
                .param("version", details.version())
                .update();
        if (changed == 0) {
            throw new Conflict("stale-edit", "problem.stale-edit");
        }
        jdbc.sql("DELETE FROM technique_area WHERE technique = :technique").param("technique", technique.name())
                .update();
        for (BodyArea area : details.areas()) {
            jdbc.sql("INSERT INTO technique_area (technique, area) VALUES (:technique, :area)")
                    .param("technique", technique.name()).param("area", area.name()).update();
        }
        audit.record(owner, AuditAction.UPDATE, "technique", technique.name(), AuditOutcome.SUCCESS, null);
        return find(technique).orElseThrow();
    }

    private static void check(TechniqueDetails details) {
        FieldProblems wrong = new FieldProblems().text("description", details.description(), DESCRIPTION_MAX, true)
                .range("defaultPressure", details.defaultPressure(), LIGHTEST, FIRMEST, "technique.pressure.range")
                .required("duringAttack", details.duringAttack())
                .text("attackNote", details.attackNote(), NOTE_MAX, false)
                .required("version", details.version());
        if (details.areas() == null || details.areas().isEmpty()) {
            wrong.add("areas", "technique.areas.required");
        }
        wrong.throwIfAny("invalid-technique", "problem.validation");
    }

    private static Set<BodyArea> areasOf(List<BodyArea> areas) {
        return areas.isEmpty() ? Set.of() : EnumSet.copyOf(areas);
    }
}
