package org.stillpoint.diary.domain;

import java.time.Instant;

import org.stillpoint.diary.AttackEntry;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * How an attack is stored: the {@link AttackEntry} as JSON text, written by a mapper of the module's own so that the
 * application's JSON settings never change what is stored; reading is lenient about properties a later version no
 * longer has, so that every kept version stays readable.
 */
final class AttackJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .addModule(new SimpleModule().addDeserializer(Instant.class, new StoredInstants()))
            .build();

    private AttackJson() {
    }

    static String write(AttackEntry entry) {
        return JSON.writeValueAsString(entry);
    }

    static AttackEntry read(String json) {
        return JSON.readValue(json, AttackEntry.class);
    }
}
