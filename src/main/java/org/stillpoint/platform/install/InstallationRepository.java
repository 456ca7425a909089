package org.stillpoint.platform.install;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.platform.Conflict;
import org.stillpoint.platform.InstallationMode;

/** The single installation row: present once the clinic is set up, and whether it is a demo. */
@Repository
public class InstallationRepository {

    private final JdbcClient jdbc;
    private volatile InstallationMode known;

    InstallationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<InstallationMode> mode() {
        InstallationMode cached = known;
        if (cached != null) {
            return Optional.of(cached);
        }
        // Only a set-up installation is remembered: it never goes back, while another instance may set it up.
        Optional<InstallationMode> mode = jdbc.sql("SELECT mode FROM installation WHERE id = 1")
                .query(String.class).optional().map(InstallationMode::valueOf);
        mode.ifPresent(m -> known = m);
        return mode;
    }

    public boolean isDemo() {
        return mode().orElse(null) == InstallationMode.DEMO;
    }

    /** Claims the installation; the primary key makes a second, concurrent setup fail. */
    public void begin(InstallationMode mode, Instant at) {
        try {
            jdbc.sql("INSERT INTO installation (id, mode, set_up_at) VALUES (1, ?, ?)")
                    .params(mode.name(), at.atOffset(ZoneOffset.UTC))
                    .update();
        } catch (DuplicateKeyException alreadySetUp) {
            throw new Conflict("already-set-up", "setup.already-done");
        }
    }

    /** Forgets the cached state once a transaction that claimed the installation has rolled back. */
    public void forget() {
        known = null;
    }
}
