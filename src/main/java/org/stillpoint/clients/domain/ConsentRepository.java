package org.stillpoint.clients.domain;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.stillpoint.clients.ClientId;
import org.stillpoint.clients.ConsentAcceptance;
import org.stillpoint.clients.ConsentKind;
import org.stillpoint.clients.ConsentText;

/** The versioned consent texts and the append-only acceptances. */
@Repository
public class ConsentRepository {

    private final JdbcClient jdbc;

    ConsentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The newest version of every kind. */
    public Map<ConsentKind, ConsentText> current() {
        Map<ConsentKind, ConsentText> current = new EnumMap<>(ConsentKind.class);
        jdbc.sql("""
                SELECT t.kind, t.version, t.title, t.body, t.published_at FROM consent_text t
                 WHERE t.version = (SELECT MAX(n.version) FROM consent_text n WHERE n.kind = t.kind)""")
                .query(ConsentRepository::text).list()
                .forEach(text -> current.put(text.kind(), text));
        return current;
    }

    public Optional<ConsentText> text(ConsentKind kind, int version) {
        return jdbc.sql("SELECT kind, version, title, body, published_at FROM consent_text WHERE kind = ? AND version = ?")
                .params(kind.name(), version).query(ConsentRepository::text).optional();
    }

    public ConsentText publish(ConsentKind kind, String title, String body, Instant now) {
        int next = jdbc.sql("SELECT COALESCE(MAX(version), 0) + 1 FROM consent_text WHERE kind = ?")
                .param(kind.name()).query(Integer.class).single();
        jdbc.sql("INSERT INTO consent_text (kind, version, title, body, published_at) VALUES (?, ?, ?, ?, ?)")
                .params(kind.name(), next, title, body, now.atOffset(ZoneOffset.UTC)).update();
        return new ConsentText(kind, next, title, body, now);
    }

    /** Every acceptance of the client, newest version first. */
    public List<ConsentAcceptance> acceptances(ClientId client) {
        return jdbc.sql("""
                SELECT kind, version, accepted_at FROM consent_acceptance WHERE client_id = ?
                 ORDER BY kind, version DESC""")
                .param(client.value())
                .query((rs, row) -> new ConsentAcceptance(ConsentKind.valueOf(rs.getString("kind")),
                        rs.getInt("version"), instant(rs, "accepted_at")))
                .list();
    }

    /**
     * Records the acceptance unless the client accepted that version before; answers the acceptance that holds.
     * The caller holds the client's row lock, so two requests cannot insert the same row.
     */
    public ConsentAcceptance accept(ClientId client, ConsentKind kind, int version, Instant now) {
        Optional<ConsentAcceptance> earlier = acceptances(client).stream()
                .filter(a -> a.kind() == kind && a.version() == version).findFirst();
        if (earlier.isPresent()) {
            return earlier.get();
        }
        jdbc.sql("INSERT INTO consent_acceptance (client_id, kind, version, accepted_at) VALUES (?, ?, ?, ?)")
                .params(client.value(), kind.name(), version, now.atOffset(ZoneOffset.UTC)).update();
        return new ConsentAcceptance(kind, version, now);
    }

    private static ConsentText text(ResultSet rs, int row) throws SQLException {
        return new ConsentText(ConsentKind.valueOf(rs.getString("kind")), rs.getInt("version"),
                rs.getString("title"), rs.getString("body"), instant(rs, "published_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
