package org.stillpoint.platform.web;

import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditFilter;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;

/** The owner browses and filters the audit log (newest first, 50 rows a page). */
@Controller
class AuditController {

    private final AuditLog audit;

    AuditController(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/admin/audit")
    String browse(@ModelAttribute("filter") AuditQuery query, Model model,
                  @org.springframework.web.bind.annotation.RequestHeader(name = "HX-Request", required = false) String htmx) {
        model.addAttribute("result", audit.search(query.toFilter(), query.pageOrZero(), 50));
        model.addAttribute("actions", AuditAction.values());
        model.addAttribute("outcomes", AuditOutcome.values());
        return htmx != null ? "platform/audit :: results" : "platform/audit";
    }

    /** The filter form; dates are whole UTC days, {@code to} inclusive. */
    record AuditQuery(String actor, String recordType, String recordId, AuditAction action, AuditOutcome outcome,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                      @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to, Integer page) {

        AuditFilter toFilter() {
            return new AuditFilter(actor, recordType, recordId, action, outcome,
                    from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant());
        }

        int pageOrZero() {
            return page == null || page < 0 ? 0 : page;
        }
    }
}
