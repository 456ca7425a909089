package org.stillpoint.diary;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.Clients;
import org.stillpoint.diary.domain.AttackRules;
import org.stillpoint.diary.domain.DiaryCsv;
import org.stillpoint.diary.domain.DiaryImportRules;
import org.stillpoint.diary.domain.DiaryImportRules.Checked;
import org.stillpoint.diary.domain.DiaryStore;
import org.stillpoint.diary.domain.DiaryStore.StoredAttack;
import org.stillpoint.diary.domain.ImportProblems;

/**
 * The whole diary as one CSV file and back (docs/diary-csv.md). Whoever may read the diary exports it (a staff export
 * is audited as a read); only the client imports into their own diary (staff who may see the client get 403, anyone
 * else 404). An import is checked whole, row by row and against the diary, and adds all of the file or nothing.
 */
@Service
public class DiaryTransfer {

    /** The largest file an import takes. */
    public static final int MAX_BYTES = DiaryCsv.MAX_BYTES;
    /** The most rows (attacks and days) one file may have. */
    public static final int MAX_ROWS = DiaryCsv.MAX_ROWS;

    private final Diary diary;
    private final DiaryStore store;
    private final Clients clients;
    private final Clock clock;

    DiaryTransfer(Diary diary, DiaryStore store, Clients clients, Clock clock) {
        this.diary = diary;
        this.store = store;
        this.clients = clients;
        this.clock = clock;
    }

    /** Every attack and check-in of the diary, times in the client's own zone. */
    @Transactional
    public DiaryExport export(ClientId id) {
        clients.requireDiaryAccess(id, Diary.DIARY);
        ZoneId zone = diary.settingsOf(id).zone();
        String csv = DiaryCsv.write(store.allAttacks(id).stream().map(StoredAttack::entry).toList(),
                store.allDays(id), zone);
        return new DiaryExport(LocalDate.ofInstant(clock.instant(), zone), csv);
    }

    /** What importing the file would add, or every problem that stops it; nothing is saved. */
    @Transactional
    public DiaryImport checkImport(ClientId id, byte[] csv) {
        clients.requireOwnRecord(id, Diary.DIARY);
        return examine(id, csv, diary.settingsOf(id).zone(), clock.instant()).result();
    }

    /**
     * Adds every attack and day of the file to the client's own diary, checked again here whatever was checked
     * before. A headache-free day of the diary that an imported attack touches becomes a headache day, as when the
     * client records the attack.
     *
     * @throws DiaryImportRefused (400) with every problem by line; nothing is saved
     */
    @Transactional
    public DiaryImport importCsv(ClientId id, byte[] csv) {
        clients.requireOwnRecord(id, Diary.DIARY);
        Instant now = clock.instant();
        DiarySettings settings = diary.open(id, now);
        Checked checked = examine(id, csv, settings.zone(), now);
        if (!checked.result().valid()) {
            throw new DiaryImportRefused(checked.result());
        }
        store.insertAttacks(id, checked.attacks(), checked.attacks().stream()
                .map(a -> AttackRules.missing(a).isEmpty()).toList(), now);
        store.insertDays(id, checked.days());
        store.markHeadache(id, checked.headacheDays());
        return checked.result();
    }

    private Checked examine(ClientId id, byte[] csv, ZoneId zone, Instant now) {
        ImportProblems problems = new ImportProblems();
        List<DiaryCsv.Row> rows = DiaryCsv.read(csv == null ? new byte[0] : csv, problems);
        DiaryImportRules.Existing existing = rows.isEmpty()
                ? new DiaryImportRules.Existing(List.of(), Map.of())
                : new DiaryImportRules.Existing(store.allAttacks(id).stream().map(StoredAttack::entry).toList(),
                        store.allDays(id).stream().collect(Collectors.toMap(DiaryDay::day, DiaryDay::status)));
        return DiaryImportRules.check(rows, problems, existing, now, zone, Set.copyOf(diary.areas()),
                Set.copyOf(diary.triggers()));
    }
}
