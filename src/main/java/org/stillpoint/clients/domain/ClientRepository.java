package org.stillpoint.clients.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface ClientRepository extends ListCrudRepository<Client, UUID> {

    Optional<Client> findByAccountId(UUID accountId);

    boolean existsByEmail(String email);

    /** Clients whose name (either order) or e-mail contains the pattern; {@code !} escapes LIKE wildcards. */
    @Query("""
            SELECT * FROM client
             WHERE LOWER(first_name || ' ' || last_name) LIKE :pattern ESCAPE '!'
                OR LOWER(last_name || ' ' || first_name) LIKE :pattern ESCAPE '!'
                OR LOWER(last_name || ', ' || first_name) LIKE :pattern ESCAPE '!'
                OR email LIKE :pattern ESCAPE '!'
             ORDER BY LOWER(last_name), LOWER(first_name), id
             LIMIT :limit""")
    List<Client> search(@Param("pattern") String pattern, @Param("limit") int limit);

    /** Locks the client's row until the end of the transaction, so that changes to one client queue up. */
    @Query("SELECT id FROM client WHERE id = :id FOR UPDATE")
    Optional<UUID> lock(@Param("id") UUID id);
}
