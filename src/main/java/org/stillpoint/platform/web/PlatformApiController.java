package org.stillpoint.platform.web;

import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.platform.AccountId;
import org.stillpoint.platform.AccountProfileContributor;
import org.stillpoint.platform.AccountSummary;
import org.stillpoint.platform.Accounts;
import org.stillpoint.platform.AuditAction;
import org.stillpoint.platform.AuditFilter;
import org.stillpoint.platform.AuditLog;
import org.stillpoint.platform.AuditOutcome;
import org.stillpoint.platform.AuditPage;
import org.stillpoint.platform.CurrentUser;
import org.stillpoint.platform.NewAccount;
import org.stillpoint.platform.NotFound;
import org.stillpoint.platform.Role;

/** {@code /api/v1/me}, the owner's staff accounts and the audit log, for programs. */
@RestController
@RequestMapping("/api/v1")
class PlatformApiController {

    private final Accounts accounts;
    private final AuditLog audit;
    private final List<AccountProfileContributor> profiles;

    PlatformApiController(Accounts accounts, AuditLog audit, List<AccountProfileContributor> profiles) {
        this.accounts = accounts;
        this.audit = audit;
        this.profiles = profiles;
    }

    @GetMapping("/me")
    Map<String, Object> me(CurrentUser user) {
        Map<String, Object> me = new LinkedHashMap<>();
        me.put("email", user.email());
        me.put("displayName", user.displayName());
        me.put("role", user.role());
        profiles.forEach(profile -> me.putAll(profile.profileOf(user)));
        return me;
    }

    /** The caller changes their own password; 204 on success, 422 naming the field otherwise. */
    @PostMapping("/me/password")
    ResponseEntity<Void> changePassword(@Valid @RequestBody PasswordRequest request) {
        accounts.changePassword(request.currentPassword(), request.newPassword());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/staff")
    List<StaffResponse> staff() {
        return accounts.staff().stream().map(StaffResponse::of).toList();
    }

    @PostMapping("/staff")
    ResponseEntity<StaffResponse> open(@Valid @RequestBody StaffRequest request) {
        AccountId id = accounts.openStaff(new NewAccount(request.email(), request.displayName(), request.password(),
                request.role()));
        AccountSummary created = accounts.find(id).orElseThrow(() -> new NotFound("account"));
        return ResponseEntity.created(URI.create("/api/v1/staff/" + id)).body(StaffResponse.of(created));
    }

    @PostMapping("/staff/{id}/deactivate")
    StaffResponse deactivate(@PathVariable UUID id) {
        accounts.deactivate(new AccountId(id));
        return accounts.find(new AccountId(id)).map(StaffResponse::of).orElseThrow(() -> new NotFound("account"));
    }

    @PostMapping("/staff/{id}/reactivate")
    StaffResponse reactivate(@PathVariable UUID id) {
        accounts.reactivate(new AccountId(id));
        return accounts.find(new AccountId(id)).map(StaffResponse::of).orElseThrow(() -> new NotFound("account"));
    }

    @GetMapping("/audit")
    AuditPage audit(@RequestParam(required = false) String actor, @RequestParam(required = false) String recordType,
                    @RequestParam(required = false) String recordId, @RequestParam(required = false) AuditAction action,
                    @RequestParam(required = false) AuditOutcome outcome,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant from,
                    @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant to,
                    @RequestParam(defaultValue = "0") int page, @RequestParam(defaultValue = "50") int size) {
        return audit.search(new AuditFilter(actor, recordType, recordId, action, outcome, from, to), page, size);
    }

    record PasswordRequest(@NotBlank(message = "{field.required}") String currentPassword,
                           @NotBlank(message = "{field.required}") String newPassword) {
    }

    record StaffRequest(@NotBlank(message = "{field.required}") @Size(max = 120, message = "{field.too-long}") String displayName,
                        @NotBlank(message = "{field.required}") @Email(message = "{field.email}") String email,
                        @NotNull(message = "{field.required}") Role role,
                        @NotBlank(message = "{field.required}") String password) {
    }

    record StaffResponse(UUID id, String email, String displayName, Role role, boolean active, Instant createdAt) {
        static StaffResponse of(AccountSummary a) {
            return new StaffResponse(a.id().value(), a.email(), a.displayName(), a.role(), a.active(), a.createdAt());
        }
    }
}
