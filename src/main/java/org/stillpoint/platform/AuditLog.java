package org.stillpoint.platform;

import java.time.Clock;

import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.stereotype.Service;
import org.stillpoint.platform.audit.AuditRepository;

/**
 * The append-only audit log. Modules call it for every staff read or change of a clinical record; the rows can be
 * searched but never changed or deleted (there is no such code path, and PostgreSQL refuses it by trigger).
 */
@Service
public class AuditLog {

    private final AuditRepository repository;
    private final Clock clock;

    AuditLog(AuditRepository repository, Clock clock) {
        this.repository = repository;
        this.clock = clock;
    }

    /** Records a successful read by the signed-in caller, inside the caller's transaction. */
    @Transactional
    public void recordRead(String recordType, Object recordId) {
        record(Accounts.current().orElse(null), AuditAction.READ, recordType, String.valueOf(recordId),
                AuditOutcome.SUCCESS, null);
    }

    /** Records what the caller did, inside the caller's transaction: it is kept only if the change is. */
    @Transactional
    public void record(CurrentUser actor, AuditAction action, String recordType, String recordId,
                       AuditOutcome outcome, String detail) {
        repository.append(clock.instant(), actor, action, recordType, recordId, outcome, detail);
    }

    /** Records a refused attempt in a transaction of its own, so that it stays even though the request fails. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void recordRefused(CurrentUser actor, AuditAction action, String recordType, String recordId,
                              AuditOutcome outcome) {
        repository.append(clock.instant(), actor, action, recordType, recordId, outcome, null);
    }

    @Transactional(readOnly = true)
    public AuditPage search(AuditFilter filter, int page, int size) {
        Accounts.require(Role.OWNER);
        int safeSize = Math.min(Math.max(size, 1), 200);
        int safePage = Math.max(page, 0);
        var rows = repository.search(filter, safePage * safeSize, safeSize + 1);
        boolean hasNext = rows.size() > safeSize;
        return new AuditPage(hasNext ? rows.subList(0, safeSize) : rows, safePage, safeSize, hasNext);
    }
}
