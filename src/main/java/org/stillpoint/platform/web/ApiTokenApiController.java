package org.stillpoint.platform.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.stillpoint.platform.ApiTokenView;
import org.stillpoint.platform.ApiTokens;
import org.stillpoint.platform.IssuedApiToken;

/**
 * The caller's personal API tokens: create (the answer is the only time the token is shown), list, revoke. Send a
 * token as {@code Authorization: Bearer <token>}.
 */
@RestController
@RequestMapping("/api/v1/me/api-tokens")
class ApiTokenApiController {

    private final ApiTokens tokens;

    ApiTokenApiController(ApiTokens tokens) {
        this.tokens = tokens;
    }

    @PostMapping
    ResponseEntity<NewTokenResponse> create(@Valid @RequestBody TokenForm form) {
        IssuedApiToken issued = tokens.create(form.name(), form.days() == null ? 90 : form.days());
        return ResponseEntity.created(URI.create("/api/v1/me/api-tokens/" + issued.token().id()))
                .body(new NewTokenResponse(issued.token().id(), issued.token().name(), issued.secret(),
                        issued.token().createdAt(), issued.token().expiresAt()));
    }

    @GetMapping
    List<ApiTokenView> mine() {
        return tokens.mine();
    }

    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable UUID id) {
        tokens.revoke(id);
        return ResponseEntity.noContent().build();
    }

    record TokenForm(@NotBlank(message = "{field.required}") @Size(max = 100, message = "{field.too-long}") String name,
                     @Min(value = 1, message = "{api-token.days.range}")
                     @Max(value = ApiTokens.MAX_DAYS, message = "{api-token.days.range}") Integer days) {
    }

    record NewTokenResponse(UUID id, String name, String token, Instant createdAt, Instant expiresAt) {
    }
}
