package org.stillpoint.platform.account;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

public interface AccountRepository extends ListCrudRepository<Account, UUID> {

    Optional<Account> findByEmail(String email);

    boolean existsByEmail(String email);

    @Query("SELECT * FROM account WHERE role <> 'CLIENT' ORDER BY role, display_name")
    List<Account> findStaff();

    @Query("SELECT * FROM account WHERE active = TRUE AND role IN (:roles) ORDER BY role, display_name")
    List<Account> findActiveWithRoles(@Param("roles") List<String> roles);

    @Query("SELECT COUNT(*) FROM account WHERE role = 'OWNER'")
    long countOwners();
}
