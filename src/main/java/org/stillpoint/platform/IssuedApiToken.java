package org.stillpoint.platform;

/** A new API token: {@code secret} is the only time the token is shown; Stillpoint keeps only its hash. */
public record IssuedApiToken(ApiTokenView token, String secret) {
}
